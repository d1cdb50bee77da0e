'use client';

import { useState } from 'react';
import { practiceCardPath, type PracticeOutcome } from '@/lib/practice/share';
import { practiceText } from '@/lib/i18n/en/practice';
import { StatusLine } from '@/components/ui/status-line';
import { t } from '@/lib/i18n/t';
import { practiceMessages } from '@/lib/i18n/practice';

const button = 'min-h-11 rounded-md border-2 border-accent px-4 font-semibold text-accent hover:underline';

/**
 * The outcome's share card (a PNG made at build time, no personal data) and a way to share it: the Web Share API
 * with the image where the browser can share files, with text and link where it cannot, else copying the link.
 */
export function ShareResult({ outcome }: { outcome: PracticeOutcome }) {
  const [status, setStatus] = useState('');
  const image = practiceCardPath(outcome);
  const url = new URL('/practice/', window.location.origin).href;
  const text = practiceText.shareText[outcome];

  const share = async () => {
    try {
      const blob = await (await fetch(image)).blob();
      const files = [new File([blob], 'scamwise-practice.png', { type: 'image/png' })];
      await navigator.share(navigator.canShare?.({ files }) ? { files, text, url } : { text, url });
    } catch {
      // Cancelled by the learner, or not allowed: nothing to say.
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${text} ${url}`);
      setStatus(practiceText.copied);
    } catch {
      setStatus(t(practiceMessages, 'copyFailed', { url }));
    }
  };

  return (
    <section aria-labelledby="share" className="space-y-3">
      <h2 id="share" className="text-xl font-bold">
        {practiceText.shareTitle}
      </h2>
      <p className="text-muted">{practiceText.shareIntro}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a static export has no image optimiser */}
      <img
        src={image}
        alt={practiceText.shareAlt[outcome]}
        width={1200}
        height={630}
        className="h-auto w-full max-w-md rounded-lg border border-line/50"
      />
      <div className="flex flex-wrap gap-3">
        {typeof navigator.share === 'function' && (
          <button type="button" onClick={share} className={button}>
            {practiceText.share}
          </button>
        )}
        <button type="button" onClick={copy} className={button}>
          {practiceText.copyLink}
        </button>
      </div>
      <StatusLine className="">{status}</StatusLine>
    </section>
  );
}
