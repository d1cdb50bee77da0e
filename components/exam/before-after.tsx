'use client';

import type { AttemptScore } from '@/lib/exam/score';
import { ratePercent, readingOf, type SignalFigures } from '@/lib/exam/signal';
import { examText } from '@/lib/i18n/en/exam';
import { t } from '@/lib/i18n/t';
import { examMessages } from '@/lib/i18n/exam';

export type Form = { score: AttemptScore; figures: SignalFigures };

export type BeforeAfterProps = {
  /** The pre-check, when the learner took it. */
  before?: Form;
  after: Form;
};

const figureNames = ['hits', 'falseAlarms', 'calibration'] as const;

/**
 * The learner's own before → after (ASSESSMENT "Scoring"): score, scams caught, genuine pages called scams and how
 * often "sure" was right, for the pre-check and the exam, each with a plain-language reading of the exam's figure.
 * Over-caution is shown as a cost, not a virtue.
 */
export function BeforeAfter({ before, after }: BeforeAfterProps) {
  const percent = (value: number | undefined) =>
    value === undefined ? examText.notAsked : t(examMessages, 'percent', { percent: value });
  const rows = [
    {
      key: 'score',
      label: examText.figures.score,
      before: before && percent(before.score.percent),
      after: percent(after.score.percent),
      reading: after.score.passed ? examText.scoreReading.passed : examText.scoreReading.failed,
    },
    ...figureNames.map((name) => ({
      key: name,
      label: examText.figures[name],
      before: before && percent(ratePercent(before.figures[name])),
      after: percent(ratePercent(after.figures[name])),
      reading: examText.readings[name][readingOf(name, after.figures[name])],
    })),
  ];
  return (
    // On a narrow phone the table may scroll sideways: the region is focusable so a keyboard can scroll it too.
    <div className="overflow-x-auto" role="region" aria-label={examText.figuresCaption} tabIndex={0}>
      <table data-testid="before-after" className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{examText.figuresCaption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-3">
              {examText.measure}
            </th>
            {before && (
              <th scope="col" className="py-2 pr-3">
                {examText.before}
              </th>
            )}
            <th scope="col" className="py-2 pr-3">
              {examText.yourScore}
            </th>
            <th scope="col" className="py-2">
              {examText.meaning}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-figure={row.key} className="border-b border-line/40 align-top">
              <th scope="row" className="py-2 pr-3 font-semibold">
                {row.label}
              </th>
              {before && <td className="py-2 pr-3 whitespace-nowrap">{row.before}</td>}
              <td className="py-2 pr-3 whitespace-nowrap">{row.after}</td>
              <td className="py-2">{row.reading}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
