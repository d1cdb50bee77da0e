import type { QuizData } from '@/lib/content/schema';
import { quizText } from '@/lib/i18n/en/quiz';
import { t } from '@/lib/i18n/t';
import { quizMessages } from '@/lib/i18n/quiz';

/**
 * The quiz as readable HTML for when JavaScript is off (RELIABILITY RES-1) and for print: every question with its
 * options, and the answer with every option's explanation behind a <details>. A server component: ships no JS.
 */
export function QuizFallback({ questions }: QuizData) {
  return (
    <div data-quiz-fallback className="not-prose space-y-6">
      <p className="text-muted">{quizText.fallbackIntro}</p>
      {/* Options may hold a long web address (lesson 4); let it wrap at 320 px (A11Y-3). */}
      <ol className="space-y-6 [overflow-wrap:anywhere]">
        {questions.map((question, index) => (
          <li key={question.id} className="space-y-3 rounded-lg border-2 border-line/60 p-4">
            <p className="text-base font-semibold text-muted">
              {t(quizMessages, 'questionOf', { number: index + 1, total: questions.length })}
            </p>
            {question.scenario && (
              <p className="rounded-md border-l-4 border-accent bg-surface px-4 py-3">{question.scenario}</p>
            )}
            <p className="text-lg font-semibold">{question.prompt}</p>
            <ul className="list-disc space-y-1 pl-6">
              {question.options.map((option) => (
                <li key={option.id}>{option.text}</li>
              ))}
            </ul>
            <details className="rounded-md bg-surface px-4 py-2">
              <summary className="min-h-11 cursor-pointer py-2 font-semibold">{quizText.fallbackShow}</summary>
              <ul className="space-y-2 pb-2">
                {question.options.map((option) => (
                  <li key={option.id}>
                    <strong>
                      {option.correct ? quizText.fallbackCorrect : quizText.fallbackWrong}: {option.text}
                    </strong>{' '}
                    {option.explanation}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
