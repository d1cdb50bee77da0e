'use client';

import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { QuestionData } from '@/lib/content/schema';
import type { Answer } from '@/lib/progress/progress-schema';
import { quizText } from '@/lib/i18n/en/quiz';
import { grade, type Verdict } from '@/lib/questions/grade';
import { ChoiceList, Scenario } from '@/components/questions/choice-list';
import { VerdictLine } from '@/components/questions/verdict-line';
import { checkedAnswer, rightOnRetry } from './first-try';
import { t } from '@/lib/i18n/t';
import { quizMessages } from '@/lib/i18n/quiz';

export type QuizQuestionProps = {
  quizId: string;
  question: QuestionData;
  number: number;
  total: number;
  /**
   * False until the page's script and the progress store have loaded: "Check my answer" is disabled and the status
   * line says "Getting ready…", so a press made before then is not silently lost (issue 12, item 8). The options
   * stay usable: a choice made in the server HTML is taken up when the question comes alive.
   */
  ready: boolean;
  /** The saved answer, if this question was already checked. */
  answer: Answer | undefined;
  /** The quiz was restarted after its answers were shown: a right answer no longer counts as first-time right. */
  revealed: boolean;
  /** The same function on every render (the question is memoised). */
  onAnswer(questionId: string, answer: Answer): void;
};

const verdictText: Record<Verdict, string> = {
  correct: quizText.correct,
  partly: quizText.partly,
  incorrect: quizText.incorrect,
};

/**
 * One question: choose, check, read why every option is right or wrong, retry. Native inputs give keyboard use.
 * Memoised, and "not ready" is one attribute on its button, not on its fieldset or its options: when the lesson
 * becomes ready no option is redrawn (React rewrites every attribute of an input it updates) and no option changes
 * its :disabled state. Disabling the fieldset made every input under it restyle at once, which on a lesson with a
 * dozen questions was one long task for the browser just as the page became usable (issue 13).
 */
export const QuizQuestion = memo(function QuizQuestion({
  quizId,
  question,
  number,
  total,
  ready,
  answer: saved,
  revealed,
  onAnswer,
}: QuizQuestionProps) {
  const [draft, setDraft] = useState<string[]>([]);
  // A retry keeps the saved answer (it proves the key was shown) and hides it until the new answer is checked.
  const [retrying, setRetrying] = useState(false);
  const answer = retrying ? undefined : saved;
  const [nudge, setNudge] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const baseId = `${quizId}-${question.id}`;
  const multiple = question.kind === 'multiple';
  const chosen = answer?.choice ?? draft;
  const verdict = answer ? grade(question, answer.choice) : undefined;

  const choose = useCallback((next: string[]) => {
    setNudge(false);
    setDraft(next);
  }, []);
  const tone = useCallback(
    (option: QuestionData['options'][number], picked: boolean) =>
      !answer
        ? 'border-line/60'
        : option.correct
          ? 'border-good bg-good-bg'
          : picked
            ? 'border-bad bg-bad-bg'
            : 'border-line/40',
    [answer],
  );
  const after = useCallback(
    (option: QuestionData['options'][number], picked: boolean) =>
      answer && (
        <div className="border-t border-line/30 px-3 py-2 text-base">
          <p className="font-semibold">
            {[
              picked && quizText.yourChoice,
              option.correct && quizText.rightAnswer,
              option.correct && !picked && multiple && quizText.missed,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p>{option.explanation}</p>
        </div>
      ),
    [answer, multiple],
  );

  // A choice made before the question was live is in the DOM only (React keeps an input's checked state as it
  // finds it when it hydrates): take it up, so it is what "Check my answer" checks and is not redrawn away.
  useLayoutEffect(() => {
    const checked = fieldsetRef.current?.querySelectorAll<HTMLInputElement>(`input[name="${baseId}"]:checked`);
    if (checked?.length) setDraft([...checked].map((input) => input.value));
  }, [baseId]);

  const check = () => {
    if (draft.length === 0) return setNudge(true);
    onAnswer(question.id, checkedAnswer(question, draft, revealed || Boolean(saved)));
    setRetrying(false);
    // Move focus to the explanations so keyboard and screen-reader users land on the feedback.
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retry = () => {
    setDraft([]);
    setRetrying(true);
    requestAnimationFrame(() => document.getElementById(`${baseId}-${question.options[0]!.id}`)?.focus());
  };

  return (
    <fieldset
      ref={fieldsetRef}
      className="space-y-4 rounded-lg border-2 border-line/60 p-4 sm:p-5"
      aria-describedby={`${baseId}-hint`}
    >
      <legend className="px-1 text-base font-semibold text-muted">
        {t(quizMessages, 'questionOf', { number, total })}
      </legend>
      {question.scenario && <Scenario text={question.scenario} />}
      <p className="text-lg font-semibold">{question.prompt}</p>
      <p id={`${baseId}-hint`} className="text-base text-muted">
        {multiple ? quizText.chooseAll : quizText.chooseOne}
      </p>
      <ChoiceList
        name={baseId}
        options={question.options}
        multiple={multiple}
        chosen={chosen}
        disabled={Boolean(answer)}
        onChange={choose}
        tone={tone}
        after={after}
      />

      <div ref={resultRef} tabIndex={-1} className="space-y-3 rounded-md">
        {/* The live region exists before any verdict, so the verdict is announced when it appears (A11Y-2). */}
        <VerdictLine tone={verdict === 'correct' ? 'good' : ready ? 'bad' : 'muted'}>
          {verdict
            ? answer && rightOnRetry(question, answer)
              ? quizText.correctOnRetry
              : verdictText[verdict]
            : nudge
              ? quizText.pickFirst
              : ready
                ? ''
                : quizText.gettingReady}
        </VerdictLine>
        {!answer ? (
          <button
            type="button"
            disabled={!ready}
            onClick={check}
            className="min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline disabled:opacity-60"
          >
            {quizText.check}
          </button>
        ) : (
          verdict !== 'correct' && (
            <button
              type="button"
              onClick={retry}
              className="min-h-12 rounded-md border-2 border-accent px-5 font-semibold text-accent hover:underline"
            >
              {quizText.tryAgain}
            </button>
          )
        )}
      </div>
    </fieldset>
  );
});
