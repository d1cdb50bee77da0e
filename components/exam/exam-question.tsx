'use client';

import type { ExamItem } from '@/lib/exam/schema';
import { Artefact } from '@/components/spotter/mock/artefact';
import { ChoiceQuestion } from './choice-question';
import { QuestionFrame } from './question-frame';
import type { AnswerHandler } from './question-parts';
import { SpotterQuestion } from './spotter-question';
import { VerdictQuestion } from './verdict-question';

export type ExamQuestionProps = {
  item: ExamItem;
  number: number;
  total: number;
  /** Label of the button that submits the answer ("Next question", "See my result"). */
  submitLabel: string;
  onAnswer: AnswerHandler;
};

/**
 * One exam item to answer (the "item" of the exam), of any kind: no feedback here, the result page explains every
 * mistake. Daily practice, which asks only "scam or safe?", uses QuestionFrame and VerdictQuestion alone.
 */
export function ExamQuestion({ item, number, total, submitLabel, onAnswer }: ExamQuestionProps) {
  return (
    <QuestionFrame item={item} number={number} total={total}>
      {item.type === 'verdict' && (
        <VerdictQuestion
          key={item.id}
          item={item}
          picture={<Artefact data={item.artefact} />}
          submitLabel={submitLabel}
          onAnswer={onAnswer}
        />
      )}
      {item.type === 'spotter' && <SpotterQuestion key={item.id} item={item} onAnswer={onAnswer} />}
      {item.type === 'question' && (
        <ChoiceQuestion key={item.id} item={item} submitLabel={submitLabel} onAnswer={onAnswer} />
      )}
    </QuestionFrame>
  );
}
