import type { ExamResponse } from '@/lib/exam/score';

/** What every kind of exam question calls with the learner's answer. */
export type AnswerHandler = (response: ExamResponse) => void;

export const primaryClass = 'min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline';
export const secondaryClass =
  'min-h-12 rounded-md border-2 border-accent px-5 font-semibold text-accent hover:underline';

/** The hint when an answer is submitted incomplete; always present, so the hint is announced when it appears. */
export function Nudge({ text }: { text: string }) {
  return (
    <p role="status" className="min-h-[1.6em] font-semibold text-bad">
      {text}
    </p>
  );
}
