import type { Engine } from '../engine/engine';

let controller: AbortController | null = null;
let userWorkStarted = false;

/** Runs the ingest warm-up while the user has not asked for anything yet; `warmedUp` tells the benchmarks. */
export function startWarmUp(engine: Engine, done: () => void): void {
  if (userWorkStarted || controller) return;
  const own = new AbortController();
  controller = own;
  void import('../ingest/pipeline')
    .then(({ warmUpIngest }) => warmUpIngest(engine, own.signal))
    .catch(() => undefined)
    .finally(() => {
      if (controller === own) controller = null;
      done();
    });
}

/** Real work comes first: the warm-up stops (or never starts) once the user loads or restores data. */
export function stopWarmUp(): void {
  userWorkStarted = true;
  controller?.abort();
  controller = null;
}
