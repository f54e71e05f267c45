import { create } from 'zustand';
import type { Engine } from '../engine/engine';

export type EngineState =
  | { status: 'starting' }
  | { status: 'ready'; engine: Engine; version: string; startMs: number }
  | { status: 'failed'; message: string };

/** The engine's life as the UI sees it: starting, then ready (or failed, with why). */
export const useEngineStore = create<EngineState>(() => ({ status: 'starting' }));

/** Resolves with the engine once it is ready; rejects if it failed to start. */
export function whenEngineReady(): Promise<Engine> {
  return new Promise((resolve, reject) => {
    const check = (state: EngineState): boolean => {
      if (state.status === 'ready') resolve(state.engine);
      else if (state.status === 'failed') reject(new Error(state.message));
      else return false;
      return true;
    };
    if (check(useEngineStore.getState())) return;
    const unsubscribe = useEngineStore.subscribe((state) => {
      if (check(state)) unsubscribe();
    });
  });
}
