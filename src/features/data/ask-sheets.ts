import type { SheetChooser } from '../../ingest';
import { useIngestStore } from './ingest-store';

/** Asks the user through the data panel which sheets to load; cancelling the load answers none. */
export function askSheets(signal: AbortSignal): SheetChooser {
  return (file, sheets) =>
    new Promise((resolve) => {
      const answer = (names: readonly string[]) => {
        signal.removeEventListener('abort', cancel);
        useIngestStore.getState().setSheetChoice(null);
        resolve(names);
      };
      const cancel = () => answer([]);
      signal.addEventListener('abort', cancel);
      useIngestStore.getState().setSheetChoice({ file, sheets, answer });
    });
}
