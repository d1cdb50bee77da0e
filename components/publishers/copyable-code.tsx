'use client';

import { useRef, useState } from 'react';
import { copyCodeText } from '@/lib/i18n/en/copy-code';
import { Button } from '@/components/ui/button';
import { StatusLine } from '@/components/ui/status-line';

export type CopyableCodeProps = {
  code: string;
  /** Names the code block for screen readers. */
  label: string;
  /** The button's text. */
  copyLabel: string;
  /** A stable hook for tests that read the text (the publisher snippet). */
  testId?: string;
};

/** A block of code with a copy button; if the browser refuses the clipboard, the text is selected instead. */
export function CopyableCode({ code, label, copyLabel, testId }: CopyableCodeProps) {
  const codeRef = useRef<HTMLElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('copied');
    } catch {
      const selection = window.getSelection();
      if (codeRef.current && selection) selection.selectAllChildren(codeRef.current);
      setStatus('failed');
    }
  };

  return (
    <div className="space-y-3">
      {/* Wrapped, not scrolled, so the block reflows at 320 px (WCAG 1.4.10): lines break between words, and only a
          token longer than the line (an address, the integrity hash) is broken inside. */}
      <pre className="rounded-lg border border-line/50 bg-surface p-4 text-sm leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere]">
        {/* Read before the code, so the block is named without ARIA (a <pre> cannot take aria-labelledby). */}
        <span className="sr-only">{label}</span>
        <code ref={codeRef} data-testid={testId}>
          {code}
        </code>
      </pre>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button onClick={copy}>{copyLabel}</Button>
        <StatusLine className="text-base font-medium">
          {status === 'copied' ? copyCodeText.copied : status === 'failed' ? copyCodeText.copyFailed : ''}
        </StatusLine>
      </div>
    </div>
  );
}
