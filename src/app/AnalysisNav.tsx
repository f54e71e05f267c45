import { useT } from '../i18n/react';
import { useWorkspaceStore } from '../state/workspace-store';
import { ANALYSES } from './registry';
import { routeHref } from './routes';

/** Links to every analysis this build has (never a placeholder for one it has not). */
export function AnalysisNav() {
  const t = useT();
  const open = useWorkspaceStore((s) => s.analysis);
  return (
    <nav className="analysis-nav" aria-label={t('app.analyses')}>
      <ul>
        {ANALYSES.map((a) => (
          <li key={a.id}>
            <a href={routeHref(a.id)} aria-current={a.id === open ? 'page' : undefined} data-testid={`nav-${a.id}`}>
              {t(a.titleKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
