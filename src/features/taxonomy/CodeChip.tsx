import { useT } from '../../i18n/react';
import { assignCode, type Reason, type Taxonomy } from '../../model/taxonomy';
import { commitEdit } from './taxonomy-actions';

interface Props {
  code: string;
  calls: number;
  byRule: boolean;
  reason: string | undefined;
  taxonomy: Taxonomy;
  choices: readonly Reason[];
}

/** A raw code: dragged onto a reason to move it there, or moved with the list beside it (keyboard and touch). */
export function CodeChip({ code, calls, byRule, reason, taxonomy, choices }: Props) {
  const t = useT();
  return (
    <li
      className={byRule ? 'code-chip code-chip-rule' : 'code-chip'}
      draggable
      data-code={code}
      data-testid={`code-${code}`}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', code);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <span className="code-chip-code">{code}</span>
      <span className="code-chip-calls" data-figure="taxonomy.code_calls" data-value={calls}>
        {calls.toLocaleString()}
      </span>
      {byRule && <span className="code-chip-rule-tag">{t('taxonomy.byRule')}</span>}
      <select
        aria-label={t('taxonomy.moveCode', { code })}
        value={byRule ? '' : (reason ?? '')}
        onChange={(e) => commitEdit(assignCode(taxonomy, code, e.target.value || undefined))}
      >
        <option value="">{byRule ? t('taxonomy.byRule') : t('taxonomy.unmappedOption')}</option>
        {reason && !choices.some((r) => r.id === reason) && (
          <option value={reason}>{taxonomy.reasons.find((r) => r.id === reason)?.name}</option>
        )}
        {choices.map((r) => (
          <option key={r.id} value={r.id}>
            {r.category} › {r.name}
          </option>
        ))}
      </select>
    </li>
  );
}
