'use client';

import { useState } from 'react';
import { useProgress } from '@/lib/progress/progress-store';
import { privacyText } from '@/lib/i18n/en/privacy';

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
        {privacyText.resetButton}
      </button>
      <p role="status" className="min-h-[1.6em] font-medium">
        {done ? privacyText.resetDone : ''}
      </p>
    </div>
  );
}
