import {
  autocompletion,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { sql, keywordCompletionSource, PostgreSQL } from '@codemirror/lang-sql';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import type { CompletionEntry } from './completion';

/** What the workbench asks of its editor. */
export interface EditorHandle {
  /** The selected text, or all of it, and where it starts. */
  runText(): { text: string; offset: number };
  text(): string;
  setText(text: string): void;
  /** Marks the place an error points at (null clears it) and puts the cursor there. */
  markError(offset: number | null): void;
  setCompletions(entries: readonly CompletionEntry[]): void;
  focus(): void;
  destroy(): void;
}

export interface EditorOptions {
  doc: string;
  label: string;
  placeholder: string;
  onRun: () => void;
  onChange: (text: string) => void;
}

const setError = StateEffect.define<number | null>();
const errorMark = Decoration.mark({ class: 'explore-error-mark' });

const errorField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setError)) continue;
      const at = effect.value;
      if (at === null) next = Decoration.none;
      else {
        const line = tr.state.doc.lineAt(Math.min(at, tr.state.doc.length));
        const word = /^[^\s,()]+/.exec(tr.state.doc.sliceString(at, line.to))?.[0].length ?? 0;
        const from = Math.min(at, line.to);
        const to = Math.max(from + word, Math.min(from + 1, line.to));
        next = from === to ? Decoration.none : Decoration.set([errorMark.range(from, to)]);
      }
    }
    return tr.docChanged ? Decoration.none : next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** A CodeMirror 6 SQL editor: the schema's names complete, Ctrl/Cmd+Enter runs, an error's place is marked. */
export function createEditor(parent: HTMLElement, options: EditorOptions): EditorHandle {
  let entries: readonly CompletionEntry[] = [];
  const schemaSource = (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[\w\u0080-\uffff."]+$/);
    if (!word && !context.explicit) return null;
    return {
      from: word?.from ?? context.pos,
      options: entries.map((e) => ({
        label: e.label,
        apply: e.apply,
        type: e.type === 'table' ? 'class' : 'property',
        detail: e.detail,
      })),
      validFor: /^[\w\u0080-\uffff."]*$/,
    };
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        bracketMatching(),
        highlightSelectionMatches(),
        EditorView.lineWrapping,
        placeholder(options.placeholder),
        sql({ dialect: PostgreSQL }),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        autocompletion({ override: [schemaSource, keywordCompletionSource(PostgreSQL, true)] }),
        errorField,
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                options.onRun();
                return true;
              },
            },
          ]),
        ),
        keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap, ...searchKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'data-testid': 'explore-editor-input' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    runText() {
      const { from, to } = view.state.selection.main;
      if (from !== to) return { text: view.state.sliceDoc(from, to), offset: from };
      return { text: view.state.doc.toString(), offset: 0 };
    },
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    markError(offset) {
      const at = offset === null ? null : Math.min(offset, view.state.doc.length);
      view.dispatch({
        effects: setError.of(at),
        ...(at === null ? {} : { selection: { anchor: at }, scrollIntoView: true }),
      });
    },
    setCompletions(next) {
      entries = next;
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
