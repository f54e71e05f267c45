import { useCallback, useEffect, useState } from 'react';
import { formatNumber, type Language } from '../../i18n';

interface Reading {
  usage: number | null;
  quota: number | null;
  persisted: boolean;
}

async function read(): Promise<Reading | null> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.estimate) return null;
  const [estimate, persisted] = await Promise.all([
    manager.estimate(),
    manager.persisted?.() ?? Promise.resolve(false),
  ]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

/** The browser's storage usage, quota and persistence; read again when `dependency` changes or on `refresh`. */
export function useStorageEstimate(dependency: unknown): Reading & { refresh: () => void } {
  const [reading, setReading] = useState<Reading>({ usage: null, quota: null, persisted: false });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    void read().then((next) => {
      if (live && next) setReading(next);
    });
    return () => {
      live = false;
    };
  }, [dependency, generation]);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...reading, refresh };
}

/** Bytes as KB, MB or GB (decimal units, as browsers report quota). */
export function formatBytes(language: Language, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${formatNumber(language, value, unit === 0 || value >= 100 ? 0 : 1)} ${units[unit]}`;
}
