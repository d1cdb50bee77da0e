'use client';

import { useId, useSyncExternalStore } from 'react';
import { progressStorage } from '@/lib/progress/browser-storage';
import { storageKeys } from '@/lib/progress/storage-keys';

type ThemeChoice = 'system' | 'light' | 'dark';

/** The select's words, handed in by the server footer so the site's interface text stays out of the bundle. */
type ThemeLabels = { label: string; system: string; light: string; dark: string };

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const readChoice = (): ThemeChoice => {
  const stored = progressStorage.readRaw(storageKeys.theme);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
};

function choose(next: ThemeChoice) {
  progressStorage.writeRaw(storageKeys.theme, next === 'system' ? null : next);
  if (next === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', next);
  listeners.forEach((listener) => listener());
}

/** Light, dark or "match my device"; the choice is remembered and applied before paint by public/theme-init.js. */
export function ThemeSelect({ labels }: { labels: ThemeLabels }) {
  const id = useId();
  const choice = useSyncExternalStore(subscribe, readChoice, () => 'system' as const);
  return (
    <div className="flex items-center gap-2 text-base">
      <label htmlFor={id} className="text-muted">
        {labels.label}
      </label>
      <select
        id={id}
        value={choice}
        onChange={(event) => choose(event.target.value as ThemeChoice)}
        className="min-h-11 rounded border-2 border-line bg-page px-2 text-ink"
      >
        <option value="system">{labels.system}</option>
        <option value="light">{labels.light}</option>
        <option value="dark">{labels.dark}</option>
      </select>
    </div>
  );
}
