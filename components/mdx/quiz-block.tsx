import type { QuizData } from '@/lib/content/schema';
import { Quiz } from '@/components/quiz/quiz';
import { QuizFallback } from '@/components/quiz/quiz-fallback';

/** A lesson's quiz: the interactive island when JavaScript runs, a readable version when it does not or on paper. */
export function QuizBlock(props: QuizData) {
  return (
    <>
      <div className="js-only">
        <Quiz {...props} />
      </div>
      <div className="no-js-only">
        <QuizFallback {...props} />
      </div>
    </>
  );
}
