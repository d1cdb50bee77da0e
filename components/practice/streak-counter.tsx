'use client';

import { currentStreak } from '@/lib/practice/streak';
import { usePractice } from '@/lib/practice/practice-store';
import { practiceText } from '@/lib/i18n/en/practice';
import { t } from '@/lib/i18n/t';
import { practiceMessages } from '@/lib/i18n/practice';

/** The days-in-a-row count, with the rule that one missed day is forgiven said in words. */
export function StreakCounter({ today }: { today: string }) {
  const streak = usePractice((state) => state.streak);
  const count = currentStreak(streak, today);
  return (
    <div
      data-testid="streak"
      data-count={count}
      className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg border border-line/50 bg-surface px-4 py-3"
    >
      <p className="text-lg font-bold">
        {count > 0 ? (
          <>
            <span className="text-2xl">{count}</span> {t(practiceMessages, 'streak', { count })}
          </>
        ) : (
          practiceText.streakNone
        )}
      </p>
      {streak.best > 0 && <p className="text-muted">{t(practiceMessages, 'best', { best: streak.best })}</p>}
      <p className="basis-full text-base text-muted">{practiceText.streakNote}</p>
    </div>
  );
}
