'use client';

import type { ExamTopic, VerdictItem } from '@/lib/exam/schema';
import type { ExamResponse } from '@/lib/exam/score';
import type { PracticeOutcome } from '@/lib/practice/share';
import { ItemReview } from '@/components/exam/item-review';
import { ShareResult } from './share-result';

export type PracticeDetailsProps = {
  outcome: PracticeOutcome;
  item: VerdictItem;
  topic?: ExamTopic;
  response: ExamResponse;
};

/**
 * After today's answer: the share card and the item explained (with the exam's review of an item). A chunk of its
 * own (./daily-practice loads it once there is an answer), as the first screen of the day is the question.
 */
export function PracticeDetails({ outcome, item, topic, response }: PracticeDetailsProps) {
  return (
    <>
      <ShareResult outcome={outcome} />
      <ItemReview item={item} topic={topic} response={response} level={2} />
    </>
  );
}
