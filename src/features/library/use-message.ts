import { useCallback } from 'react';
import { explainError } from '../../engine/user-words';
import type { MessageParams } from '../../i18n';
import { useT } from '../../i18n/react';
import type { Message } from '../../state/storage-store';

/** Translates a stored message, its nested messages first; `detail` is put in the user's words. */
export function useMessage(): (message: Message) => string {
  const t = useT();
  return useCallback(
    function render(message: Message): string {
      const nested = Object.fromEntries(Object.entries(message.nested ?? {}).map(([name, m]) => [name, render(m)]));
      // A `detail` is the engine's or the browser's own text: its meaning goes in, the text goes to "details".
      const detail = message.params?.detail;
      const explained: MessageParams = detail === undefined ? {} : { detail: explainError(t, detail).what };
      return t(message.key, { ...message.params, ...explained, ...nested });
    },
    [t],
  );
}
