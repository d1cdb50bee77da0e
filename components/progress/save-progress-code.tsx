'use client';

import { useId, useState } from 'react';
import { useProgressStore } from '@/lib/progress/lazy-progress';
import { transferCode } from '@/lib/progress/lazy-transfer-code';
import { transferText } from '@/lib/i18n/en/transfer';
import { Button, linkButtonClass } from '@/components/ui/button';
import { StatusLine } from '@/components/ui/status-line';
import { Field, controlClass } from '@/components/ui/field';
import { t } from '@/lib/i18n/t';
import { transferMessages } from '@/lib/i18n/transfer';

/**
 * "Save my progress": the current progress as a code to copy, and the same code as a file (STO-9). The button waits
 * for the progress store (it loads after hydration); the code's compressor loads when the learner first asks for a
 * code (or points at the button), and until it is there the button says "Getting ready…" instead of doing nothing.
 */
export function SaveProgressCode() {
  const store = useProgressStore();
  const [making, setMaking] = useState(false);
  const [code, setCode] = useState<string>();
  const [copyStatus, setCopyStatus] = useState('');
  const id = useId();
  const ready = store !== undefined;

  const save = () => {
    // A second press while the compressor loads changes nothing: the first one will show the code.
    if (making) return;
    setMaking(true);
    void transferCode.whenReady().then(({ encodeProgressCode }) => {
      setCode(encodeProgressCode(store!.getState()));
      setCopyStatus('');
      setMaking(false);
    });
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
      <Button
        onClick={save}
        onPointerEnter={transferCode.preloadQuietly}
        onFocus={transferCode.preloadQuietly}
        disabled={!ready}
      >
        {ready && !making ? transferText.saveButton : transferText.loading}
      </Button>
      {code && (
        <Field id={id} label={transferText.codeLabel} className="space-y-3">
          <textarea
            id={id}
            readOnly
            value={code}
            rows={4}
            aria-describedby={`${id}-length`}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="progress-code"
            className={controlClass.code}
          />
          <p id={`${id}-length`} className="text-base text-muted">
            {t(transferMessages, 'codeLength', { count: code.length })}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" onClick={copy}>
              {transferText.copy}
            </Button>
            <a
              href={`data:text/plain;charset=utf-8,${encodeURIComponent(code)}`}
              download={transferText.fileName}
              className={linkButtonClass('secondary')}
            >
              {transferText.download}
            </a>
          </div>
          <StatusLine>{copyStatus}</StatusLine>
        </Field>
      )}
    </div>
  );
}
