'use client';

import { useId, useState } from 'react';
import { useProgress } from '@/lib/progress/progress-store';
import { encodeProgressCode } from '@/lib/progress/transfer-code';
import { useHydrated } from '@/lib/use-hydrated';
import { transferText } from '@/lib/i18n/en/transfer';
import { t } from '@/lib/i18n/t';
import { transferMessages } from '@/lib/i18n/transfer';

const primary = 'min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline disabled:opacity-60';
const secondary =
  'inline-flex min-h-12 items-center rounded-md border-2 border-accent px-5 font-semibold text-accent no-underline hover:underline';

/** "Save my progress": the current progress as a code to copy, and the same code as a file (STO-9). */
export function SaveProgressCode() {
  const hydrated = useHydrated();
  const [code, setCode] = useState<string>();
  const [copyStatus, setCopyStatus] = useState('');
  const id = useId();

  const save = () => {
    setCode(encodeProgressCode(useProgress.getState()));
    setCopyStatus('');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code!);
      setCopyStatus(transferText.copied);
    } catch {
      setCopyStatus(transferText.copyFailed);
    }
  };

  return (
    <div className="space-y-4">
      <button type="button" onClick={save} disabled={!hydrated} className={primary}>
        {hydrated ? transferText.saveButton : transferText.loading}
      </button>
      {code && (
        <div className="space-y-3">
          <label htmlFor={id} className="block font-semibold">
            {transferText.codeLabel}
          </label>
          <textarea
            id={id}
            readOnly
            value={code}
            rows={4}
            aria-describedby={`${id}-length`}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="progress-code"
            className="w-full rounded-md border-2 border-line bg-page p-3 font-mono text-base break-all text-ink"
          />
          <p id={`${id}-length`} className="text-base text-muted">
            {t(transferMessages, 'codeLength', { count: code.length })}
          </p>
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={copy} className={secondary}>
              {transferText.copy}
            </button>
            <a
              href={`data:text/plain;charset=utf-8,${encodeURIComponent(code)}`}
              download={transferText.fileName}
              className={secondary}
            >
              {transferText.download}
            </a>
          </div>
          <p role="status" className="min-h-[1.6em] font-medium">
            {copyStatus}
          </p>
        </div>
      )}
    </div>
  );
}
