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
};

/**
 * Where one exam item is asked: a section named by its "Question n of m" heading. The heading takes focus when the
 * item appears, so keyboard and screen-reader users start at the new question.
 */
export function QuestionFrame({ item, number, total, children }: QuestionFrameProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [item.id]);

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
