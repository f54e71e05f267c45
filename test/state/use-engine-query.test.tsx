// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { useEngineStore } from '../../src/state/engine-store';
import { useEngineQuery } from '../../src/state/use-engine-query';

afterEach(cleanup);

/** Answers resolved by hand, in any order. */
function deferred() {
  const waiting = new Map<string, (value: string) => void>();
  return {
    run: (key: string) => () => new Promise<string>((resolve) => waiting.set(key, resolve)),
    answer: (key: string, value: string) => waiting.get(key)!(value),
  };
}

function Probe({ id, run }: { id: string; run: () => Promise<string> }) {
  const state = useEngineQuery(id, run);
  const text =
    state.status === 'ready'
      ? `ready ${state.value}`
      : state.status === 'loading'
        ? `loading (stale ${state.stale ?? 'none'})`
        : state.status;
  return <p data-testid="state">{text}</p>;
}

describe('useEngineQuery', () => {
  it('shows the last answer as stale while the next computes, and drops an answer that arrives late', async () => {
    useEngineStore.setState({ status: 'ready', engine: {} as Engine, version: 'test', startMs: 0 }, true);
    const answers = deferred();
    const { rerender } = render(<Probe id="a" run={answers.run('a')} />);
    expect(screen.getByTestId('state').textContent).toBe('loading (stale none)');
    await act(async () => answers.answer('a', 'A'));
    expect(screen.getByTestId('state').textContent).toBe('ready A');
    rerender(<Probe id="b" run={answers.run('b')} />);
    expect(screen.getByTestId('state').textContent).toBe('loading (stale A)');
    rerender(<Probe id="c" run={answers.run('c')} />);
    await act(async () => answers.answer('c', 'C'));
    expect(screen.getByTestId('state').textContent).toBe('ready C');
    // b's answer comes after c's: it is no longer wanted and never shown.
    await act(async () => answers.answer('b', 'B'));
    expect(screen.getByTestId('state').textContent).toBe('ready C');
  });

  it('reports a failure instead of staying on "loading"', async () => {
    useEngineStore.setState({ status: 'ready', engine: {} as Engine, version: 'test', startMs: 0 }, true);
    render(<Probe id="x" run={() => Promise.reject(new Error('no such table'))} />);
    await act(async () => undefined);
    expect(screen.getByTestId('state').textContent).toBe('failed');
  });
});
