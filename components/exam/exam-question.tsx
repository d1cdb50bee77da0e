'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExamItem, QuestionItem, SpotterItem, VerdictItem } from '@/lib/exam/schema';
import { verdicts, type VerdictChoice } from '@/lib/exam/verdicts';
import { optionOrder } from '@/lib/exam/draw';
import type { Confidence, ExamResponse } from '@/lib/exam/score';
import { inDrawOrder } from '@/lib/spotter/parts';
import { examText } from '@/lib/i18n/en/exam';
import { quizText } from '@/lib/i18n/en/quiz';
import { spotterText } from '@/lib/i18n/en/spotter';
import { Artefact } from '@/components/spotter/mock/artefact';
import { SpotterBoard } from '@/components/spotter/spotter-board';
import { ChoiceList, Scenario } from '@/components/questions/choice-list';
import { t } from '@/lib/i18n/t';
import { examMessages } from '@/lib/i18n/exam';
import { spotterMessages } from '@/lib/i18n/spotter';

export type ExamQuestionProps = {
  item: ExamItem;
  number: number;
  total: number;
  /** Label of the button that submits the answer ("Next question", "See my result"). */
  submitLabel: string;
  onAnswer(response: ExamResponse): void;
};

const primary = 'min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline';
const secondary = 'min-h-12 rounded-md border-2 border-accent px-5 font-semibold text-accent hover:underline';

/**
 * One exam item to answer (the "item" of the exam): no feedback here, the result page explains every mistake.
 * Its heading takes focus when it appears, so keyboard and screen-reader users start at the new question.
 */
export function ExamQuestion({ item, number, total, submitLabel, onAnswer }: ExamQuestionProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [item.id]);

  return (
    <section aria-labelledby={`q-${item.id}`} data-item={item.id} data-item-type={item.type} className="space-y-4">
      <h2
        id={`q-${item.id}`}
        ref={headingRef}
        tabIndex={-1}
        className="text-2xl font-bold focus:outline-none focus-visible:outline"
      >
        {t(examMessages, 'questionOf', { number, total })}
      </h2>
      {item.type === 'verdict' && (
        <VerdictQuestion key={item.id} item={item} submitLabel={submitLabel} onAnswer={onAnswer} />
      )}
      {item.type === 'spotter' && <SpotterQuestion key={item.id} item={item} onAnswer={onAnswer} />}
      {item.type === 'question' && (
        <ChoiceQuestion key={item.id} item={item} submitLabel={submitLabel} onAnswer={onAnswer} />
      )}
    </section>
  );
}

function Nudge({ text }: { text: string }) {
  // Always present, so the hint is announced when it appears.
  return (
    <p role="status" className="min-h-[1.6em] font-semibold text-bad">
      {text}
    </p>
  );
}

function VerdictQuestion({
  item,
  submitLabel,
  onAnswer,
}: {
  item: VerdictItem;
  submitLabel: string;
  onAnswer: ExamQuestionProps['onAnswer'];
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
        className={primary}
        onClick={() => (choice && confidence ? onAnswer({ type: 'verdict', choice, confidence }) : setNudge(true))}
      >
        {submitLabel}
      </button>
    </div>
  );
}

function SpotterQuestion({ item, onAnswer }: { item: SpotterItem; onAnswer: ExamQuestionProps['onAnswer'] }) {
  const spots = useMemo(() => inDrawOrder(item.spots, item.artefact), [item]);
  const [marked, setMarked] = useState<string[]>([]);
  const [nudge, setNudge] = useState(false);
  const toggle = (id: string) => {
    setNudge(false);
    setMarked((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  };
  return (
    <div className="space-y-3">
      <p className="font-semibold">{item.prompt}</p>
      <p className="text-base text-muted">{spotterText.howTo}</p>
      <SpotterBoard
        baseId={`exam-${item.id}`}
        artefact={item.artefact}
        spots={spots}
        marked={new Set(marked)}
        onToggle={toggle}
      />
      <p className="text-base text-muted">{t(spotterMessages, 'markedCount', { count: marked.length })}</p>
      <Nudge text={nudge ? examText.markOrSafe : ''} />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={primary}
          onClick={() => (marked.length ? onAnswer({ type: 'spotter', marked }) : setNudge(true))}
        >
          {examText.submitFlags}
        </button>
        <button type="button" className={secondary} onClick={() => onAnswer({ type: 'spotter', marked: [] })}>
          {examText.spotterLooksSafe}
        </button>
      </div>
    </div>
  );
}

function ChoiceQuestion({
  item,
  submitLabel,
  onAnswer,
}: {
  item: QuestionItem;
  submitLabel: string;
  onAnswer: ExamQuestionProps['onAnswer'];
}) {
  const [choice, setChoice] = useState<string[]>([]);
  const [nudge, setNudge] = useState(false);
  const multiple = item.kind === 'multiple';
  const options = useMemo(() => optionOrder(item.id, item.options), [item]);
  return (
    <div className="space-y-4">
      {item.scenario && <Scenario text={item.scenario} />}
      <fieldset className="space-y-2">
        <legend className="mb-1 text-lg font-semibold">{item.prompt}</legend>
        <p className="text-base text-muted">{multiple ? quizText.chooseAll : quizText.chooseOne}</p>
        <ChoiceList
          name={`exam-${item.id}`}
          options={options}
          multiple={multiple}
          chosen={choice}
          onChange={(next) => {
            setNudge(false);
            setChoice(next);
          }}
        />
      </fieldset>
      <Nudge text={nudge ? examText.answerFirst : ''} />
      <button
        type="button"
        className={primary}
        onClick={() => (choice.length ? onAnswer({ type: 'question', choice }) : setNudge(true))}
      >
        {submitLabel}
      </button>
    </div>
  );
}
