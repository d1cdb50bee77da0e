'use client';

import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useProgressStore } from '@/lib/progress/lazy-progress';
import type { Progress } from '@/lib/progress/progress-schema';
import { transferCode } from '@/lib/progress/lazy-transfer-code';
import type { DecodeFailure } from '@/lib/progress/transfer-code';
import { formatDay } from '@/lib/i18n/format-day';
import { transferText } from '@/lib/i18n/en/transfer';
import { Button } from '@/components/ui/button';
import { StatusLine } from '@/components/ui/status-line';
import { Field, controlClass } from '@/components/ui/field';
import { t } from '@/lib/i18n/t';
import { transferMessages } from '@/lib/i18n/transfer';

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; reason: DecodeFailure }
  | { kind: 'confirm'; progress: Progress }
  | { kind: 'done' | 'cancelled' };

/** `/progress/#code=…`: how an embed hands its progress to the full site in a new tab (issue 12, STO-9). */
function codeFromUrl(): string | undefined {
  const match = /^#code=(.+)$/.exec(window.location.hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/** Checks a code; the decoder (with lz-string) loads on the first check, or on a hover or focus before it. */
async function stepFor(code: string): Promise<Step> {
  const decoded = (await transferCode.whenReady()).decodeProgressCode(code);
  return decoded.ok ? { kind: 'confirm', progress: decoded.progress } : { kind: 'error', reason: decoded.reason };
}

function summaryOf(progress: Progress) {
  const answers = Object.values(progress.answers).reduce((n, quiz) => n + Object.keys(quiz).length, 0);
  const counts = { lessons: progress.visited.length, answers, attempts: progress.exam.attempts.length };
  const passed =
    progress.exam.passedOn && t(transferMessages, 'summaryPassed', { day: formatDay(progress.exam.passedOn) });
  return [t(transferMessages, 'summary', counts), passed].filter(Boolean).join(' ');
}

/**
 * "Restore": a pasted code, a saved file or a code in the URL is checked, summarised and added only after the learner
 * confirms. A bad code gets a clear message and changes nothing. Restoring merges, never replaces (see transferText).
 * The controls wait for the progress store, which loads after hydration ("Getting ready…").
 */
export function RestoreProgressCode() {
  const store = useProgressStore();
  const ready = store !== undefined;
  const [code, setCode] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [checking, setChecking] = useState(false);
  const [fromLink, setFromLink] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  // Counts checks and edits, so a check still loading its decoder never shows a verdict on text changed since.
  const latest = useRef(0);
  const id = useId();

  const check = useCallback((text: string) => {
    const request = ++latest.current;
    setChecking(true);
    void stepFor(text).then((next) => {
      if (request !== latest.current) return;
      setChecking(false);
      setStep(next);
    });
  }, []);

  useEffect(() => {
    if (!ready) return;
    // The code in the URL is this page's input, like one the learner pasted: read after hydration and whenever the
    // fragment changes (a link followed while this page is already open does not reload it).
    const offerLinked = () => {
      const linked = codeFromUrl();
      if (!linked) return;
      setCode(linked);
      setFromLink(true);
      check(linked);
    };
    offerLinked();
    window.addEventListener('hashchange', offerLinked);
    return () => window.removeEventListener('hashchange', offerLinked);
  }, [ready, check]);

  useEffect(() => {
    if (step.kind === 'confirm') confirmRef.current?.focus();
  }, [step.kind]);

  const finish = (next: Step) => {
    if (fromLink) history.replaceState(null, '', window.location.pathname + window.location.search);
    setFromLink(false);
    setStep(next);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const text = (await file.text()).slice(0, 100_000);
    setCode(text.trim());
    check(text);
  };

  return (
    <div className="space-y-4">
      {fromLink && <p className="font-semibold">{transferText.fromLink}</p>}
      <Field id={id} label={transferText.restoreLabel}>
        <textarea
          id={id}
          value={code}
          rows={4}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => {
            latest.current += 1;
            setChecking(false);
            setCode(event.target.value);
            if (step.kind !== 'idle') setStep({ kind: 'idle' });
          }}
          aria-invalid={step.kind === 'error'}
          aria-describedby={step.kind === 'error' ? `${id}-error` : undefined}
          className={controlClass.code}
        />
      </Field>
      <Field id={`${id}-file`} label={transferText.fileLabel}>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,text/plain"
          disabled={!ready}
          onChange={(event) => void readFile(event.target.files?.[0])}
          className="block min-h-12 w-full max-w-md text-base file:mr-3 file:min-h-11 file:rounded-md file:border-2 file:border-accent file:bg-page file:px-4 file:font-semibold file:text-accent"
        />
      </Field>
      <Button
        onClick={() => check(code)}
        onPointerEnter={transferCode.preloadQuietly}
        onFocus={transferCode.preloadQuietly}
        disabled={!ready}
      >
        {ready && !checking ? transferText.check : transferText.loading}
      </Button>

      <StatusLine className="">
        {step.kind === 'error' && (
          <p id={`${id}-error`} className="font-semibold text-bad">
            {transferText.errors[step.reason]}
          </p>
        )}
        {step.kind === 'done' && (
          <p className="font-semibold">
            {transferText.restored}{' '}
            <Link href="/" className="font-semibold">
              {transferText.toCourse}
            </Link>
          </p>
        )}
        {step.kind === 'cancelled' && <p>{transferText.cancelled}</p>}
      </StatusLine>

      {step.kind === 'confirm' && (
        <section
          aria-labelledby={`${id}-confirm`}
          data-testid="restore-confirm"
          className="space-y-3 rounded-lg border-2 border-accent bg-surface p-5"
        >
          <h3 id={`${id}-confirm`} ref={confirmRef} tabIndex={-1} className="text-xl font-bold focus:outline-none">
            {transferText.confirmTitle}
          </h3>
          <p>{summaryOf(step.progress)}</p>
          <p>{transferText.restoreHelp}</p>
          <div className="flex flex-wrap gap-3">
            <Button
              onClick={() => {
                store?.getState().restoreProgress(step.progress);
                finish({ kind: 'done' });
              }}
            >
              {transferText.confirm}
            </Button>
            <Button variant="secondary" onClick={() => finish({ kind: 'cancelled' })}>
              {transferText.cancel}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
