import { QueryCancelledError, type StatementPriority } from './engine';

interface Waiting {
  readonly interactive: boolean;
  readonly go: () => Promise<void>;
}

/**
 * The engine's one lane: statements run one at a time. Background statements run in the order they were asked
 * for; an interactive one (a grid's page) goes ahead of every background statement still waiting, behind earlier
 * interactive ones, so a page does not wait for the panels a load set off. A running statement is never
 * interrupted. A statement whose signal fires while it waits never starts, and its caller hears at once instead of
 * after the statements before it.
 */
export class StatementQueue {
  private readonly waiting: Waiting[] = [];
  private busy = false;

  run<T>(work: () => Promise<T>, signal?: AbortSignal, priority: StatementPriority = 'background'): Promise<T> {
    const result = new Promise<T>((resolve, reject) => {
      const go = async () => {
        try {
          if (signal?.aborted) throw new QueryCancelledError();
          resolve(await work());
        } catch (error) {
          reject(error);
        }
      };
      const interactive = priority === 'interactive';
      const at = interactive ? this.waiting.findIndex((w) => !w.interactive) : -1;
      this.waiting.splice(at < 0 ? this.waiting.length : at, 0, { interactive, go });
      this.next();
    });
    if (!signal) return result;
    return new Promise<T>((resolve, reject) => {
      const stop = () => reject(new QueryCancelledError());
      signal.addEventListener('abort', stop, { once: true });
      result.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
    });
  }

  /** Resolves when everything queued so far has settled. */
  /**
   * Opens a result on the lane and keeps the lane taken until `release`, so no other statement replaces the result
   * while the caller reads it batch by batch.
   */
  hold<T>(open: () => Promise<T>, signal?: AbortSignal): { readonly opened: Promise<T>; readonly release: () => void } {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const opened = new Promise<T>((resolve, reject) => {
      this.run(async () => {
        resolve(await open());
        await held;
      }, signal).catch(reject);
    });
    return { opened, release };
  }

  idle(): Promise<void> {
    return this.run(async () => undefined);
  }

  /** Starts the first waiting statement when none runs; the lane frees only when the work itself has settled. */
  private next(): void {
    if (this.busy) return;
    const first = this.waiting.shift();
    if (!first) return;
    this.busy = true;
    // A microtask later, as before: a statement never starts inside its caller's own call.
    void Promise.resolve()
      .then(first.go)
      .finally(() => {
        this.busy = false;
        this.next();
      });
  }
}

/** A name in the engine's file system for one export; unique within the page. */
let exports = 0;
export function exportPath(format: string): string {
  exports += 1;
  return `export/${Date.now().toString(36)}-${exports}.${format}`;
}
