import { useLanguageStore, useT } from '../../i18n/react';
import { REQUIRED_ROLES, ROLES } from '../../model/roles';
import { normalizeHeader, SYNONYMS } from '../../model';
import { templateUrl } from './template-files';
import { TEMPLATES, templateFileName, type HelpTable } from './templates';

const CHINESE = /[\u4e00-\u9fff]/;

/** One table the user can bring: what it is, its template in both encodings, and every column it may have. */
export function RoleTable({ table }: { table: HelpTable }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const template = TEMPLATES[table];
  const required = new Set<string>(REQUIRED_ROLES[template.kind]);
  if (table === 'customerPeriods') required.add('period');
  const synonymsOf = (role: string): string[] => {
    const all = (SYNONYMS[template.kind] as Record<string, readonly string[]>)[role] ?? [];
    const zh = all.filter((s) => CHINESE.test(s));
    const en = all.filter((s) => !CHINESE.test(s));
    return language === 'zh-CN' ? [...zh.slice(0, 3), ...en.slice(0, 2)] : [...en.slice(0, 3), ...zh.slice(0, 2)];
  };
  // The per-month table has just its own columns; the others list every role, beyond the template's.
  const roles: readonly string[] =
    table === 'customerPeriods' ? template.columns.map((c) => c.role) : ROLES[template.kind];
  const headersOf = (role: string): string[] => {
    const own = template.columns.find((c) => c.role === role)?.header[language];
    // Synonyms are compared normalised (通话id is 通话ID): show each spelling once.
    const seen = new Map<string, string>();
    for (const header of [...(own ? [own] : []), ...synonymsOf(role)]) {
      if (!seen.has(normalizeHeader(header))) seen.set(normalizeHeader(header), header);
    }
    return [...seen.values()];
  };
  return (
    <section className="help-table" data-testid={`help-table-${table}`}>
      <h3>{t(`help.table.${table}`)}</h3>
      <p>{t(`help.table.${table}.about`)}</p>
      <p className="help-templates">
        <span>{t('help.template')}</span>
        {(['utf8', 'gbk'] as const).map((encoding) => (
          <a
            key={encoding}
            href={templateUrl(table, language, encoding)}
            download={templateFileName(table, language, encoding)}
            data-testid={`template-${table}-${encoding}`}
          >
            {t(`help.download.${encoding}`)}
          </a>
        ))}
      </p>
      <table className="help-roles">
        <thead>
          <tr>
            <th>{t('help.th.role')}</th>
            <th>{t('help.th.need')}</th>
            <th>{t('help.th.headers')}</th>
            <th>{t('help.th.unlocks')}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role} data-key={role}>
              <th scope="row">{t(`model.role.${role}`)}</th>
              <td className={required.has(role) ? 'help-required' : 'help-optional'}>
                {required.has(role) ? t('help.required') : t('help.optional')}
              </td>
              <td className="help-headers">
                {headersOf(role).map((h) => (
                  <code key={h}>{h}</code>
                ))}
              </td>
              <td>{t(`help.unlock.${template.kind}.${role}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
