import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/react';
import type { EditorHandle } from './codemirror-editor';
import type { CompletionEntry } from './completion';

interface Props {
  initial: string;
  entries: readonly CompletionEntry[];
  onRun: () => void;
  onChange: (text: string) => void;
  onReady: (handle: EditorHandle | null) => void;
}

/** The SQL editor; CodeMirror loads when the workbench first opens, not with the first screen. */
export function SqlEditor({ initial, entries, onRun, onChange, onReady }: Props) {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<EditorHandle | null>(null);
  const calls = useRef({ onRun, onChange, onReady });
  useEffect(() => {
    calls.current = { onRun, onChange, onReady };
  });
  const first = useRef({ initial, label: t('explore.editor'), placeholder: t('explore.placeholder') });
  useEffect(() => {
    let live = true;
    let made: EditorHandle | null = null;
    void import('./codemirror-editor').then(({ createEditor }) => {
      if (!live || !host.current) return;
      made = createEditor(host.current, {
        doc: first.current.initial,
        label: first.current.label,
        placeholder: first.current.placeholder,
        onRun: () => calls.current.onRun(),
        onChange: (text) => calls.current.onChange(text),
      });
      setHandle(made);
      calls.current.onReady(made);
    });
    return () => {
      live = false;
      made?.destroy();
      calls.current.onReady(null);
    };
  }, []);
  useEffect(() => handle?.setCompletions(entries), [handle, entries]);
  return (
    <div className="explore-editor" data-testid="explore-editor" data-ready={handle ? 'true' : 'false'}>
      <div ref={host} />
      {!handle && <p className="explore-note">{t('explore.loadingEditor')}</p>}
    </div>
  );
}
