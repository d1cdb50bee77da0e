'use client';

import { useRef, useState } from 'react';
import { loadProgressStore } from '@/lib/progress/lazy-progress';
import { privacyText } from '@/lib/i18n/en/privacy';
import { StatusLine } from '@/components/ui/status-line';

type Step = 'idle' | 'confirm' | 'done' | 'kept';

/** Deletes every Scamwise key from this browser, backups included, after a confirmation (RELIABILITY PRV-3). */
export function ResetProgress() {
  const [step, setStep] = useState<Step>('idle');
  const keepButton = useRef<HTMLButtonElement>(null);
  const status = step === 'done' ? privacyText.resetDone : step === 'kept' ? privacyText.resetKept : '';

  return (
    <div className="space-y-3">
      {step === 'confirm' ? (
        <div role="group" aria-labelledby="reset-confirm" className="space-y-3 rounded-lg border-2 border-bad p-4">
          <p id="reset-confirm" className="font-semibold">
            {privacyText.resetConfirm}
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => {
                // The store may not have loaded yet on this page (lib/progress/lazy-progress): reset through it.
                void loadProgressStore().then((store) => {
                  store.getState().resetAll();
                  document.documentElement.removeAttribute('data-theme');
                  setStep('done');
                });
              }}
              className="min-h-12 rounded-md border-2 border-bad bg-bad px-5 font-semibold text-page"
            >
              {privacyText.resetYes}
            </button>
            {/* Focus lands on the safe choice, so a stray Enter never deletes anything. */}
            <button
              ref={keepButton}
              type="button"
              onClick={() => setStep('kept')}
              className="min-h-12 rounded-md border-2 border-ink px-5 font-semibold"
            >
              {privacyText.resetNo}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setStep('confirm');
            requestAnimationFrame(() => keepButton.current?.focus());
          }}
          className="min-h-12 rounded-md border-2 border-bad bg-page px-5 font-semibold text-bad"
        >
          {privacyText.resetButton}
        </button>
      )}
      <StatusLine>{status}</StatusLine>
    </div>
  );
}
