import { useMemo } from 'react';
import type { ExamItem } from '@/lib/exam/schema';
import { drawItems, type DrawOptions } from '@/lib/exam/draw';
import { isGenuine } from '@/lib/exam/score';

/** The pool indexed by id, and a draw that returns whole items (the draw itself only sees ids, topics and kinds). */
export function usePool(pool: ExamItem[]) {
  return useMemo(() => {
    const byId = new Map(pool.map((item) => [item.id, item]));
    const drawable = pool.map((item) => ({
      id: item.id,
      topic: item.topic,
      type: item.type,
      genuine: isGenuine(item),
    }));
    const draw = (options: DrawOptions): ExamItem[] => drawItems(drawable, options).map((entry) => byId.get(entry.id)!);
    return { byId, draw };
  }, [pool]);
}
