import { useEffect, useState, type ReactNode } from 'react';
import { useLanguageStore, useT } from '../i18n/react';
import { loadQueryNotes, removeSnippet, saveSnippet, useQueryNotes } from '../state/explore-notes';
import { EXAMPLES } from './examples';

interface Props {
  /** The editor's text now, for a snippet. */
  current: () => string;
  onOpen: (sql: string) => void;
}

type Tab = 'examples' | 'history' | 'snippets';

/** Example queries, the queries run lately and the user's snippets: choosing one puts it in the editor. */
export function QueryNotes({ current, onOpen }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [tab, setTab] = useState<Tab>('examples');
  const [name, setName] = useState('');
  const { history, snippets } = useQueryNotes();
  useEffect(() => void loadQueryNotes(), []);
  const when = (at: number) => new Date(at).toLocaleString(language);
  const item = (key: string, title: string, sql: string, extra?: ReactNode) => (
    <li key={key}>
      <button type="button" className="explore-note-open" title={sql} onClick={() => onOpen(sql)}>
        <span>{title}</span>
        <code>{sql.split('\n')[0]}</code>
      </button>
      {extra}
    </li>
  );
  return (
    <aside className="explore-notes" data-testid="explore-notes">
      <div role="tablist" className="explore-tabs">
        {(['examples', 'history', 'snippets'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            data-testid={`notes-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`explore.${id}`)}
          </button>
        ))}
      </div>
      {tab === 'examples' && (
        <ul data-testid="explore-examples">{EXAMPLES.map((e) => item(e.id, t(`explore.example.${e.id}`), e.sql))}</ul>
      )}
      {tab === 'history' &&
        (history.length ? (
          <ul data-testid="explore-history">{history.map((n) => item(n.id, when(n.at), n.sql))}</ul>
        ) : (
          <p className="explore-note">{t('explore.history.empty')}</p>
        ))}
      {tab === 'snippets' && (
        <>
          <form
            className="explore-snippet-form"
            onSubmit={(event) => {
              event.preventDefault();
              const sql = current();
              if (!sql.trim()) return;
              void saveSnippet(name || t('explore.snippet.default', { date: when(Date.now()) }), sql);
              setName('');
            }}
          >
            <input
              aria-label={t('explore.snippet.name')}
              placeholder={t('explore.snippet.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" data-testid="snippet-save">
              {t('explore.snippet.save')}
            </button>
          </form>
          {snippets.length ? (
            <ul data-testid="explore-snippets">
              {snippets.map((n) =>
                item(
                  n.id,
                  n.name,
                  n.sql,
                  <button type="button" className="explore-note-remove" onClick={() => void removeSnippet(n.id)}>
                    {t('explore.snippet.remove')}
                  </button>,
                ),
              )}
            </ul>
          ) : (
            <p className="explore-note">{t('explore.snippets.empty')}</p>
          )}
        </>
      )}
    </aside>
  );
}
