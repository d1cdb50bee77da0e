import type { ComponentType } from 'react';
import type { QuizData } from '@/lib/content/schema';
import { withShuffledOptions } from '@/lib/quiz/option-order';
import { QuizFallback } from '@/components/quiz/quiz-fallback';

export type QuizBlockProps = QuizData & {
  /** The live quiz: the component itself in a lesson (every lesson has one), an island in an exercise embed. */
  island: ComponentType<QuizData>;
};

/**
 * A quiz: the interactive island when JavaScript runs, a readable version when it does not or on paper. Options
 * are put in their build-time order here, where the props pass from server to client, so both views and the
 * hydrated page show the same order (issue 10 item 1).
 */
export function QuizBlock({ island: Island, ...props }: QuizBlockProps) {
  const quiz = withShuffledOptions(props);
  return (
    <>
      <div className="js-only">
        {/* No <Suspense> boundary here, though one per quiz cut a lesson's blocking time by a third: in a phone-width
            embed the frame then sometimes settled thousands of pixels off the lesson's height (EMB-4, issue 13). */}
        <Island {...quiz} />
      </div>
      <div className="no-js-only">
        <QuizFallback {...quiz} />
      </div>
    </>
  );
}
