import { CHANGES_CHANNEL, WRITER_LOCK } from './storage-names';

/** `writer`: this tab may change storage. `reader`: another tab holds it; this one only reads. */
export type TabRole = 'writer' | 'reader';

export interface WriterClaim {
  /** Takes the writer role from the other tab (which becomes a reader). */
  takeOver(): void;
  /** Gives the role up (when the page goes away). */
  release(): void;
}

/**
 * Makes this tab the one writer if no other tab is, using the Web Locks API; otherwise it waits in line and
 * reports `reader` until the other tab closes or hands over. Without the API (old browsers) every tab writes.
 */
export function claimWriter(
  onRole: (role: TabRole) => void,
  locks: LockManager | undefined = globalThis.navigator?.locks,
): WriterClaim {
  if (!locks) {
    onRole('writer');
    return { takeOver: () => undefined, release: () => undefined };
  }
  let releaseHeld: (() => void) | null = null;
  let closed = false;
  const hold = () =>
    new Promise<void>((resolve) => {
      releaseHeld = resolve;
      onRole('writer');
    });
  const wait = () => {
    if (closed) return;
    // Queued behind the holder: granted when that tab closes or releases.
    locks.request(WRITER_LOCK, hold).then(wait, () => onRole('reader'));
  };
  locks
    .request(WRITER_LOCK, { ifAvailable: true }, (lock) => {
      if (lock) return hold();
      onRole('reader');
      wait();
      return undefined;
    })
    .then(
      () => undefined,
      // Our lock was stolen by another tab's takeOver: read only from now, and line up again.
      () => {
        onRole('reader');
        wait();
      },
    );
  return {
    takeOver: () => {
      locks.request(WRITER_LOCK, { steal: true }, hold).then(wait, () => {
        onRole('reader');
        wait();
      });
    },
    release: () => {
      closed = true;
      releaseHeld?.();
    },
  };
}

/** What changed in storage, so other tabs refresh their lists. */
export type StorageChange = 'views' | 'datasets' | 'session';

/** Tells other tabs about changes, and listens to theirs. Without BroadcastChannel it does nothing. */
export function changesChannel(onChange: (change: StorageChange) => void): {
  post: (change: StorageChange) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === 'views' || event.data === 'datasets' || event.data === 'session') onChange(event.data);
  };
  return { post: (change) => channel.postMessage(change), close: () => channel.close() };
}
