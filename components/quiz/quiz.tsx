'use client';

import { useCallback, useState } from 'react';
import {
  currentProgressStore,
  useLazyProgress,
  useTakesAnswers,
  whenProgressStore,
} from '@/lib/progress/lazy-progress';
import type { Answer } from '@/lib/progress/progress-schema';
import { noAnswers, selectQuizAnswers } from '@/lib/progress/selectors';
import type { QuizData } from '@/lib/content/schema';
import { quizText } from '@/lib/i18n/en/quiz';
import { QuizQuestion } from './quiz-question';
import { t } from '@/lib/i18n/t';
import { quizMessages } from '@/lib/i18n/quiz';

export type QuizProps = QuizData;

/**
 * The interactive quiz: owns progress writes; each answer is saved as soon as it is checked. It takes answers once
 * the progress store (a chunk of its own, lib/progress/lazy-progress) is there, so a saved answer is always shown
 * before a new one can replace it; in a browser with nothing saved, already once hydrated: an answer checked before
 * the store arrives shows its verdict at once and is saved when it comes. There the store's arrival redraws nothing;
 * after a visit with progress saved it redraws each question's fieldset and status line, never its options
 * (./quiz-question.tsx).
 */
export function Quiz({ id, title, questions }: QuizProps) {
  const ready = useTakesAnswers();
  const saved = useLazyProgress(selectQuizAnswers(id), noAnswers);
  // Answers checked before the store arrived; each leaves this list once saved, so the store stays the one source.
  const [unsaved, setUnsaved] = useState<Record<string, Answer>>(noAnswers);
  // After "Start the quiz again" the answers have been seen: new right answers do not count as first-time right.
  const [restarted, setRestarted] = useState(false);
  // Saved answers appear only after hydration, so the server HTML and the first client render agree.
  const answers = ready ? { ...saved, ...unsaved } : noAnswers;
  const answered = questions.filter((q) => answers[q.id]).length;
  const right = questions.filter((q) => answers[q.id]?.correct).length;

  // One function for every question, so a question redraws only when its answer changes; it finds the store when called.
  const answer = useCallback(
    (questionId: string, checked: Answer) => {
      const store = currentProgressStore();
      if (store) return store.getState().answerQuestion(id, questionId, checked);
      setUnsaved((current) => ({ ...current, [questionId]: checked }));
      void whenProgressStore().then((arrived) => {
        arrived.getState().answerQuestion(id, questionId, checked);
        setUnsaved(({ [questionId]: _saved, ...rest }) => rest);
      });
    },
    [id],
  );

  return (
    <section aria-label={title ?? quizText.defaultTitle} data-quiz={id} className="not-prose space-y-6">
      {questions.map((question, index) => (
        <QuizQuestion
          key={question.id}
          quizId={id}
          question={question}
          number={index + 1}
          total={questions.length}
          ready={ready}
          answer={answers[question.id]}
          revealed={restarted}
          onAnswer={answer}
        />
      ))}
      {/* A one-question check after a section has its verdict; the summary is for the end-of-lesson quiz. */}
      {answered === questions.length && questions.length > 1 && (
        <div className="space-y-3 rounded-lg border-2 border-accent bg-surface p-5">
          <p className="text-lg font-semibold">{quizText.allAnswered}</p>
          <p>{t(quizMessages, 'summary', { right, total: questions.length })}</p>
          <button
            type="button"
            onClick={() => {
              setRestarted(true);
              setUnsaved(noAnswers);
              void whenProgressStore().then((arrived) => arrived.getState().clearQuiz(id));
            }}
            className="min-h-12 rounded-md border-2 border-accent px-5 font-semibold text-accent hover:underline"
          >
            {quizText.restart}
          </button>
        </div>
      )}
    </section>
  );
}
