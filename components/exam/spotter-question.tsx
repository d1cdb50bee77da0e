'use client';

import { useMemo, useState } from 'react';
import type { SpotterItem } from '@/lib/exam/schema';
import { markableParts } from '@/lib/spotter/parts';
import { examText } from '@/lib/i18n/en/exam';
import { spotterText } from '@/lib/i18n/en/spotter';
import { Artefact } from '@/components/spotter/mock/artefact';
import { SpotterBoard } from '@/components/spotter/spotter-board';
import { Nudge, primaryClass, secondaryClass, type AnswerHandler } from './question-parts';
import { t } from '@/lib/i18n/t';
import { spotterMessages } from '@/lib/i18n/spotter';

/** Mark the red flags on a mock artefact, or say it looks safe. */
export function SpotterQuestion({ item, onAnswer }: { item: SpotterItem; onAnswer: AnswerHandler }) {
  const { spots, parts } = useMemo(() => markableParts(item.spots, item.artefact), [item]);
  const [marked, setMarked] = useState<string[]>([]);
  const [nudge, setNudge] = useState(false);
  const toggle = (id: string) => {
    setNudge(false);
    setMarked((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  };
  return (
    <div className="space-y-3">
      <p className="font-semibold">{item.prompt}</p>
      <p className="text-base text-muted">{spotterText.howTo}</p>
      <SpotterBoard
        baseId={`exam-${item.id}`}
        picture={<Artefact data={item.artefact} />}
        spots={spots}
        parts={parts}
        marked={new Set(marked)}
        onToggle={toggle}
      />
      <p className="text-base text-muted">{t(spotterMessages, 'markedCount', { count: marked.length })}</p>
      <Nudge text={nudge ? examText.markOrSafe : ''} />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={primaryClass}
          onClick={() => (marked.length ? onAnswer({ type: 'spotter', marked }) : setNudge(true))}
        >
          {examText.submitFlags}
        </button>
        <button type="button" className={secondaryClass} onClick={() => onAnswer({ type: 'spotter', marked: [] })}>
          {examText.spotterLooksSafe}
        </button>
      </div>
    </div>
  );
}
