'use client';

import { useMemo, useState } from 'react';
import type { QuestionItem } from '@/lib/exam/schema';
import { optionOrder } from '@/lib/exam/draw';
import { examText } from '@/lib/i18n/en/exam';
import { quizText } from '@/lib/i18n/en/quiz';
import { ChoiceList, Scenario } from '@/components/questions/choice-list';
import { Nudge, primaryClass, type AnswerHandler } from './question-parts';

/** A multiple-choice question, its options in a fixed shuffled order. */
export function ChoiceQuestion({
  item,
  submitLabel,
  onAnswer,
}: {
  item: QuestionItem;
  submitLabel: string;
  onAnswer: AnswerHandler;
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
        className={primaryClass}
        onClick={() => (choice.length ? onAnswer({ type: 'question', choice }) : setNudge(true))}
      >
        {submitLabel}
      </button>
    </div>
  );
}
