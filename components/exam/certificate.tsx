'use client';

import Link from 'next/link';
import { useId, useSyncExternalStore } from 'react';
import { scoreAttempt } from '@/lib/exam/score';
import { progressStorage, useProgress } from '@/lib/progress/progress-store';
import { storageKeys } from '@/lib/progress/storage-keys';
import { useHydrated } from '@/lib/use-hydrated';
import { ui } from '@/lib/ui-strings';
import { Logo } from '@/components/layout/logo';

// The name is free text, so it lives under its own key through the safe adapter, never in the progress blob (STO-7).
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const readName = () => progressStorage.readRaw(storageKeys.certificateName) ?? '';
function writeName(value: string) {
  progressStorage.writeRaw(storageKeys.certificateName, value.trim() ? value : null);
  listeners.forEach((listener) => listener());
}

export const maxNameLength = 80;

/** "2026-03-12" → "12 March 2026", read as a calendar day so no time zone can shift it. */
export function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The printable certificate, shown once the exam is passed: the name the learner types (kept only in this browser)
 * and the day of the first pass. Print styles (app/globals.css) put it alone on one landscape A4 or Letter page.
 */
export function Certificate() {
  const hydrated = useHydrated();
  const passedOn = useProgress((state) => state.exam.passedOn);
  const attempts = useProgress((state) => state.exam.attempts);
  const name = useSyncExternalStore(subscribe, readName, () => '');
  const inputId = useId();

  // .js-only: without JavaScript the page's own notice explains instead of a "checking" that never ends.
  if (!hydrated) return <p className="js-only text-muted">{ui.exam.loading}</p>;
  if (!passedOn) {
    return (
      <div className="space-y-3">
        <p>{ui.certificate.notYet}</p>
        <p>
          <Link
            href="/exam/"
            className="inline-flex min-h-12 items-center rounded-md bg-accent px-5 font-semibold text-on-accent no-underline hover:underline"
          >
            {ui.certificate.goToExam}
          </Link>
        </p>
      </div>
    );
  }

  const best = Math.max(
    0,
    ...attempts
      .map((attempt) => scoreAttempt(attempt, () => 'exam'))
      .filter((s) => s.passed)
      .map((s) => s.percent),
  );

  return (
    <div className="space-y-6">
      <div className="print-hidden space-y-2">
        <label htmlFor={inputId} className="block font-semibold">
          {ui.certificate.nameLabel}
        </label>
        <input
          id={inputId}
          type="text"
          autoComplete="name"
          maxLength={maxNameLength}
          value={name}
          onChange={(event) => writeName(event.target.value)}
          aria-describedby={`${inputId}-hint`}
          className="min-h-12 w-full max-w-md rounded-md border-2 border-line bg-page px-3 text-ink"
        />
        <p id={`${inputId}-hint`} className="text-base text-muted">
          {ui.certificate.nameHint}
        </p>
        <button
          type="button"
          onClick={() => window.print()}
          className="min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline"
        >
          {ui.certificate.print}
        </button>
      </div>

      <section
        aria-label={ui.certificate.heading}
        data-certificate
        className="certificate-sheet rounded-xl border-8 border-double border-accent bg-page p-6 text-center sm:p-10"
      >
        <Logo className="mx-auto size-16" />
        <p className="mt-3 text-sm font-bold uppercase tracking-widest text-muted">{ui.siteName}</p>
        <p className="certificate-title mt-2 text-3xl font-bold sm:text-4xl">{ui.certificate.heading}</p>
        <p className="mt-6">{ui.certificate.awardedTo}</p>
        <p
          data-testid="certificate-name"
          className={`certificate-name mt-2 break-words text-3xl font-bold sm:text-4xl ${name.trim() ? '' : 'text-muted'}`}
        >
          {name.trim() || ui.certificate.namePlaceholder}
        </p>
        <p className="mt-4">{ui.certificate.completed}</p>
        <p className="mt-1 text-xl font-semibold">“{ui.certificate.courseName}”</p>
        <p className="mt-1">{ui.certificate.passedWith(best)}</p>
        <p className="mt-6">
          {ui.certificate.date}: <time dateTime={passedOn}>{formatDay(passedOn)}</time>
        </p>
        <p className="certificate-note mt-6 text-sm text-muted">{ui.certificate.note}</p>
      </section>
    </div>
  );
}
