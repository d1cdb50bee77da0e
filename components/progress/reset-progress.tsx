'use client';

import { useState } from 'react';
import { useProgress } from '@/lib/progress/progress-store';
import { ui } from '@/lib/ui-strings';

/** Deletes every Scamwise key from this browser, backups included (RELIABILITY PRV-3). */
export function ResetProgress() {
  const resetAll = useProgress((state) => state.resetAll);
  const [done, setDone] = useState(false);
  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={() => {
          resetAll();
          document.documentElement.removeAttribute('data-theme');
          setDone(true);
        }}
        className="min-h-12 rounded-md border-2 border-bad bg-page px-5 font-semibold text-bad"
      >
        {ui.privacy.resetButton}
      </button>
      <p role="status" className="min-h-[1.6em] font-medium">
        {done ? ui.privacy.resetDone : ''}
      </p>
    </div>
  );
}
