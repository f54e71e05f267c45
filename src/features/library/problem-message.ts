import type { ViewProblem } from '../../spec/problems';
import type { Message } from '../../state/storage-store';

/** The sentence for a view problem: what was wrong, where, and what to do. */
export function problemMessage(problem: ViewProblem): Message {
  return {
    key: `views.problem.${problem.code}`,
    params: { path: problem.path || '—', detail: problem.detail, version: problem.version ?? '?' },
  };
}
