'use client';

import { useId, useSyncExternalStore } from 'react';
import { progressStorage } from '@/lib/progress/browser-storage';
import { useLazyProgress, useProgressStore } from '@/lib/progress/lazy-progress';
import { storageKeys } from '@/lib/progress/storage-keys';
import { certificateText } from '@/lib/i18n/en/certificate';
import { siteText } from '@/lib/i18n/en/site';
import { Logo } from '@/components/layout/logo';
import { formatDay } from '@/lib/i18n/format-day';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Field, controlClass } from '@/components/ui/field';
import { t } from '@/lib/i18n/t';
import { certificateMessages } from '@/lib/i18n/certificate';

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

/**
 * The printable certificate, shown once the exam is passed: the name the learner types (kept only in this browser)
 * and the day of the first pass. Print styles (app/globals.css) put it alone on one landscape A4 or Letter page.
 */
export function Certificate() {
  // The pass is known once the progress store has loaded after hydration (lib/progress/lazy-progress).
  const ready = useProgressStore() !== undefined;
  const passedOn = useLazyProgress((state) => state.exam.passedOn, null);
  // The score the pass was earned with, kept beside its day: later attempts never change the certificate.
  const passedPercent = useLazyProgress((state) => state.exam.passedPercent, null);
  const name = useSyncExternalStore(subscribe, readName, () => '');
  const inputId = useId();

  // .js-only: without JavaScript the page's own notice explains instead of a "checking" that never ends.
  if (!ready) return <p className="js-only text-muted">{certificateText.loading}</p>;
  if (!passedOn) {
    return (
      <div className="space-y-3">
        <p>{certificateText.notYet}</p>
        <p>
          <ButtonLink href="/exam/">{certificateText.goToExam}</ButtonLink>
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <Field id={inputId} label={certificateText.nameLabel} className="print-hidden space-y-2">
        <input
          id={inputId}
          type="text"
          autoComplete="name"
          maxLength={maxNameLength}
          value={name}
          onChange={(event) => writeName(event.target.value)}
          aria-describedby={`${inputId}-hint`}
          className={controlClass.text}
        />
        <p id={`${inputId}-hint`} className="text-base text-muted">
          {certificateText.nameHint}
        </p>
        <Button onClick={() => window.print()}>{certificateText.print}</Button>
      </Field>

      <section
        aria-label={certificateText.heading}
        data-certificate
        className="certificate-sheet rounded-xl border-8 border-double border-accent bg-page p-6 text-center sm:p-10"
      >
        <Logo className="mx-auto size-16" />
        <p className="mt-3 text-sm font-bold uppercase tracking-widest text-muted">{siteText.siteName}</p>
        <p className="certificate-title mt-2 text-3xl font-bold sm:text-4xl">{certificateText.heading}</p>
        <p className="mt-6">{certificateText.awardedTo}</p>
        <p
          data-testid="certificate-name"
          className={`certificate-name mt-2 break-words text-3xl font-bold sm:text-4xl ${name.trim() ? '' : 'text-muted'}`}
        >
          {name.trim() || certificateText.namePlaceholder}
        </p>
        <p className="mt-4">{certificateText.completed}</p>
        <p className="mt-1 text-xl font-semibold">“{certificateText.courseName}”</p>
        {passedPercent !== null && (
          <p className="mt-1">{t(certificateMessages, 'passedWith', { percent: passedPercent })}</p>
        )}
        <p className="mt-6">
          {certificateText.date}: <time dateTime={passedOn}>{formatDay(passedOn)}</time>
        </p>
        <p className="certificate-note mt-6 text-sm text-muted">{certificateText.note}</p>
      </section>
    </div>
  );
}
