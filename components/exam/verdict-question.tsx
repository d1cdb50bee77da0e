'use client';

import { useState, type ReactNode } from 'react';
import type { VerdictItem } from '@/lib/exam/schema';
import { verdicts, type VerdictChoice } from '@/lib/exam/verdicts';
import type { Confidence } from '@/lib/exam/score';
import { examQuestionText } from '@/lib/i18n/en/exam-question';
import { Nudge, primaryClass, type AnswerHandler } from './question-parts';

/** "Scam, safe or check it yourself?" on a mock artefact, with how sure the learner is. */
export function VerdictQuestion({
  item,
  picture,
  submitLabel,
  onAnswer,
}: {
  item: VerdictItem;
  /** The item's artefact, drawn live: by the exam with every kind at hand, by daily practice with its kind's alone. */
  picture: ReactNode;
  submitLabel: string;
  onAnswer: AnswerHandler;
}) {
  const [choice, setChoice] = useState<VerdictChoice>();
  const [confidence, setConfidence] = useState<Confidence>();
  const [nudge, setNudge] = useState(false);
  const name = `verdict-${item.id}`;

  return (
    <div className="space-y-4">
      <p className="font-semibold">{item.prompt}</p>
      {picture}
      <Choices<VerdictChoice>
        legend={examQuestionText.verdictLegend}
        name={name}
        options={verdicts}
        value={choice}
        onChange={setChoice}
        label={(value) => examQuestionText.verdictChoice[value]}
      />
      <Choices<Confidence>
        legend={examQuestionText.confidenceLegend}
        name={`${name}-confidence`}
        options={confidences}
        value={confidence}
        onChange={setConfidence}
        label={(value) => examQuestionText.confidence[value]}
      />
      <Nudge text={nudge ? examQuestionText.verdictFirst : ''} />
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

const confidences: readonly Confidence[] = ['guessing', 'fairly-sure', 'sure'];

/** One question's radio group: three wide options under a legend, none chosen until the learner picks one. */
function Choices<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  label,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T | undefined;
  onChange(value: T): void;
  label(value: T): string;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-lg font-bold">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {options.map((option) => (
          <label
            key={option}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border-2 border-line/60 px-3 py-2"
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
            />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
