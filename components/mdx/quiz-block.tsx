import type { QuizData } from '@/lib/content/schema';
import { withShuffledOptions } from '@/lib/quiz/option-order';
import { Quiz } from '@/components/quiz/quiz';
import { QuizFallback } from '@/components/quiz/quiz-fallback';

/**
 * A lesson's quiz: the interactive island when JavaScript runs, a readable version when it does not or on paper.
 * Options are put in their build-time order here, where the props pass from server to client, so both views and
 * the hydrated page show the same order (issue 10 item 1).
 */
export function QuizBlock(props: QuizData) {
  const quiz = withShuffledOptions(props);
  return (
    <>
      <div className="js-only">
        <Quiz {...quiz} />
      </div>
      <div className="no-js-only">
        <QuizFallback {...quiz} />
      </div>
    </>
  );
}
