import { useState } from 'react';
import { TEXT_ENCODINGS, type CsvOptions, type DetectedCsv, type TextEncodingName } from '../../ingest';
import { useT } from '../../i18n/react';

const DELIMITERS = [',', ';', '\t', '|'];
const DATE_FORMATS = ['', '%Y-%m-%d', '%d/%m/%Y', '%m/%d/%Y', '%Y/%m/%d', '%d.%m.%Y'];

export interface CsvOptionsFormProps {
  detected: DetectedCsv;
  busy: boolean;
  onApply: (options: CsvOptions) => void;
}

/** The CSV choices the sniffer made, editable; applying reads the file again. */
export function CsvOptionsForm({ detected, busy, onApply }: CsvOptionsFormProps) {
  const t = useT();
  const [options, setOptions] = useState<DetectedCsv>(detected);
  const set = <K extends keyof DetectedCsv>(key: K, value: DetectedCsv[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));
  const apply = () =>
    onApply({
      encoding: options.encoding,
      delimiter: options.delimiter,
      header: options.header,
      quote: options.quote,
      decimalComma: options.decimalComma,
      ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
      skipBadRows: options.skipBadRows,
    });
  return (
    <form
      className="csv-options"
      data-testid="csv-options"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label>
        {t('ingest.opt.encoding')}
        <select
          value={options.encoding}
          onChange={(e) => set('encoding', e.target.value as TextEncodingName)}
          data-testid="opt-encoding"
        >
          {TEXT_ENCODINGS.map((enc) => (
            <option key={enc} value={enc}>
              {enc.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ingest.opt.delimiter')}
        <select
          value={options.delimiter}
          onChange={(e) => set('delimiter', e.target.value)}
          data-testid="opt-delimiter"
        >
          {[...new Set([...DELIMITERS, options.delimiter])].map((d) => (
            <option key={d} value={d}>
              {d === '\t' ? t('ingest.opt.tab') : d}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ingest.opt.quote')}
        <select value={options.quote} onChange={(e) => set('quote', e.target.value)} data-testid="opt-quote">
          <option value={'"'}>"</option>
          <option value="'">'</option>
          <option value="">{t('ingest.opt.quoteNone')}</option>
        </select>
      </label>
      <label>
        {t('ingest.opt.dateFormat')}
        <select value={options.dateFormat} onChange={(e) => set('dateFormat', e.target.value)} data-testid="opt-date">
          {[...new Set([...DATE_FORMATS, options.dateFormat])].map((f) => (
            <option key={f} value={f}>
              {f || t('ingest.opt.dateAuto')}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={options.header}
          onChange={(e) => set('header', e.target.checked)}
          data-testid="opt-header"
        />
        {t('ingest.opt.header')}
      </label>
      <label className="check">
        <input type="checkbox" checked={options.decimalComma} onChange={(e) => set('decimalComma', e.target.checked)} />
        {t('ingest.opt.decimalComma')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={options.skipBadRows}
          onChange={(e) => set('skipBadRows', e.target.checked)}
          data-testid="opt-skip"
        />
        {t('ingest.opt.skipBadRows')}
      </label>
      <button type="submit" disabled={busy} data-testid="opt-reread">
        {t('ingest.opt.reread')}
      </button>
    </form>
  );
}
