import { create } from 'zustand';
import type { RejectConfirm, RejectSummary } from '../../ingest';

/** A file with many rows that cannot be read, waiting for the user to say whether to load the rest. */
export interface RejectQuestion {
  readonly summary: RejectSummary;
  readonly answer: (load: boolean) => void;
}

export const useRejectQuestionStore = create<{
  question: RejectQuestion | null;
  set: (question: RejectQuestion | null) => void;
}>((set) => ({ question: null, set: (question) => set({ question }) }));

/** Asks through the data panel; cancelling the load answers no. */
export function askRejects(signal: AbortSignal): RejectConfirm {
  return (summary) =>
    new Promise((resolve) => {
      const answer = (load: boolean) => {
        signal.removeEventListener('abort', cancel);
        useRejectQuestionStore.getState().set(null);
        resolve(load);
      };
      const cancel = () => answer(false);
      signal.addEventListener('abort', cancel);
      useRejectQuestionStore.getState().set({ summary, answer });
    });
}
