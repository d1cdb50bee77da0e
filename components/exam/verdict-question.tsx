'use client';

import { useState } from 'react';
import type { VerdictItem } from '@/lib/exam/schema';
import { verdicts, type VerdictChoice } from '@/lib/exam/verdicts';
import type { Confidence } from '@/lib/exam/score';
import { examText } from '@/lib/i18n/en/exam';
import { Artefact } from '@/components/spotter/mock/artefact';
import { Nudge, primaryClass, type AnswerHandler } from './question-parts';

/** "Scam, safe or check it yourself?" on a mock artefact, with how sure the learner is. */
export function VerdictQuestion({
  item,
  submitLabel,
  onAnswer,
}: {
  item: VerdictItem;
  submitLabel: string;
  onAnswer: AnswerHandler;
}) {
  const [choice, setChoice] = useState<VerdictChoice>();
  const [confidence, setConfidence] = useState<Confidence>();
  const [nudge, setNudge] = useState(false);
  const name = `verdict-${item.id}`;
  const radio = 'mt-1 size-5 shrink-0 accent-[var(--accent)]';
  const label = 'flex min-h-11 cursor-pointer items-start gap-3 rounded-md border-2 border-line/60 px-3 py-2';

  return (
    <div className="space-y-4">
      <p className="font-semibold">{item.prompt}</p>
      <Artefact data={item.artefact} />
      <fieldset className="space-y-2">
        <legend className="mb-2 text-lg font-bold">{examText.verdictLegend}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {verdicts.map((value) => (
            <label key={value} className={label}>
              <input
                type="radio"
                name={name}
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
                className={radio}
              />
              <span>{examText.verdictChoice[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-2 text-lg font-bold">{examText.confidenceLegend}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {(['guessing', 'fairly-sure', 'sure'] as const).map((value) => (
            <label key={value} className={label}>
              <input
                type="radio"
                name={`${name}-confidence`}
                value={value}
                checked={confidence === value}
                onChange={() => setConfidence(value)}
                className={radio}
              />
              <span>{examText.confidence[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Nudge text={nudge ? examText.verdictFirst : ''} />
      <button
        type="button"
        className={primaryClass}
        onClick={() => (choice && confidence ? onAnswer({ type: 'verdict', choice, confidence }) : setNudge(true))}
      >
        {submitLabel}
      </button>
    </div>
  );
}
