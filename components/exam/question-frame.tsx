'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import type { ExamItem } from '@/lib/exam/schema';
import { t } from '@/lib/i18n/t';
import { examQuestionMessages } from '@/lib/i18n/exam-question';

export type QuestionFrameProps = {
  item: ExamItem;
  number: number;
  total: number;
  /** The item's own question (./verdict-question, ./spotter-question, ./choice-question). */
  children: ReactNode;
  /**
   * Whether the heading takes focus when the item appears: yes after the learner asked for it (the exam's start or
   * next question); no on a page that opens on its question (daily practice), where reading starts at the top.
   */
  takeFocus?: boolean;
};

/**
 * Where one exam item is asked: a section named by its "Question n of m" heading. The heading takes focus when the
 * item appears (unless `takeFocus` is false), so keyboard and screen-reader users start at the new question.
 */
export function QuestionFrame({ item, number, total, children, takeFocus = true }: QuestionFrameProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [item.id, takeFocus]);

  return (
    <section aria-labelledby={`q-${item.id}`} data-item={item.id} data-item-type={item.type} className="space-y-4">
      <h2
        id={`q-${item.id}`}
        ref={headingRef}
        tabIndex={-1}
        className="text-2xl font-bold focus:outline-none focus-visible:outline"
      >
        {t(examQuestionMessages, 'questionOf', { number, total })}
      </h2>
      {children}
    </section>
  );
}
