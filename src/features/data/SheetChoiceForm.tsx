import { useState } from 'react';
import { formatNumber } from '../../i18n/translate';
import { useLanguageStore, useT } from '../../i18n/react';
import type { SheetChoice } from './ingest-store';

/** Which sheets of a workbook to load: every sheet with data is ticked to begin with. */
export function SheetChoiceForm({ choice }: { choice: SheetChoice }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(choice.sheets.map((s) => s.name)));
  const toggle = (name: string, on: boolean) =>
    setPicked((before) => {
      const after = new Set(before);
      if (on) after.add(name);
      else after.delete(name);
      return after;
    });

  return (
    <form
      className="sheet-choice"
      data-testid="sheet-choice"
      onSubmit={(e) => {
        e.preventDefault();
        choice.answer(choice.sheets.filter((s) => picked.has(s.name)).map((s) => s.name));
      }}
    >
      <p className="sheet-choice-title">{t('ingest.sheets.title', { file: choice.file })}</p>
      {choice.sheets.map((sheet) => (
        <label className="check" key={sheet.name}>
          <input
            type="checkbox"
            checked={picked.has(sheet.name)}
            onChange={(e) => toggle(sheet.name, e.target.checked)}
            data-testid="sheet-option"
          />
          {t('ingest.sheets.sheet', { name: sheet.name, rows: formatNumber(language, sheet.rows) })}
        </label>
      ))}
      <div className="sheet-choice-actions">
        <button type="submit" disabled={picked.size === 0} data-testid="sheets-load">
          {t('ingest.sheets.load')}
        </button>
        <button type="button" onClick={() => choice.answer([])}>
          {t('ingest.cancel')}
        </button>
      </div>
    </form>
  );
}
