import { useCallback } from 'react';
import { useT } from '../../i18n/react';
import type { Message } from '../../state/storage-store';

/** Translates a stored message, its nested messages first. */
export function useMessage(): (message: Message) => string {
  const t = useT();
  return useCallback(
    function render(message: Message): string {
      const nested = Object.fromEntries(Object.entries(message.nested ?? {}).map(([name, m]) => [name, render(m)]));
      return t(message.key, { ...message.params, ...nested });
    },
    [t],
  );
}
