import { useState } from 'react';
import {
  beginAttempt,
  isComplete,
  onlyItems,
  respond,
  stepOf,
  type AttemptState,
  type Step,
} from '@/lib/questions/attempt';

/**
 * Where an attempt is kept. The default keeps it in component state (pre-check, review); the exam passes one over
 * the progress store, so the attempt under way is saved answer by answer and a reload resumes it (STO-14).
 */
export type AttemptStore<R> = {
  /** The attempt under way, or null when there is none. */
  current: AttemptState<R> | null;
  start(items: string[]): void;
  record(id: string, response: R): void;
  /** Called after `onFinish`; a store whose finish already ends the attempt may do nothing here. */
  end(): void;
};

export type UseAttemptOptions<I, R> = {
  /** Every item that can be asked, by id. Ids of an attempt that are missing here (retired) are skipped. */
  pool: ReadonlyMap<string, I>;
  store?: AttemptStore<R>;
  /**
   * Show each answer before moving on (review): `answer` records it and the step carries the response until
   * `next`. Without feedback, the answer moves straight on, and the last one finishes the attempt.
   */
  feedback?: boolean;
  /** Every answer, as it is given (review grades and saves each one here). */
  onAnswer?(item: I, response: R): void;
  /** Once, when every item has its answer. */
  onFinish(items: I[], responses: Readonly<Record<string, R>>): void;
};

export type Attempt<I, R> = {
  /** The item to show now, or undefined when no attempt is under way. */
  step: (Step<R> & { item: I }) | undefined;
  /** The attempt finished on this page view, until the next one starts; undefined before. */
  finished: { items: I[]; responses: Readonly<Record<string, R>> } | undefined;
  start(items: string[]): void;
  answer(response: R): void;
  /** Leaves the answer being shown (feedback only). */
  next(): void;
};

function useLocalStore<R>(): AttemptStore<R> {
  const [current, setCurrent] = useState<AttemptState<R> | null>(null);
  return {
    current,
    start: (items) => setCurrent(beginAttempt(items)),
    record: (id, response) =>
      setCurrent((state) => state && { ...state, responses: { ...state.responses, [id]: response } }),
    end: () => setCurrent(null),
  };
}

/**
 * "Walk a list of items, record responses": the one attempt loop of the exam, the pre-check and the review
 * session. The pure rules live in lib/questions/attempt.ts; this adds where the attempt is kept and the
 * answer → (feedback →) next → finish sequence.
 */
export function useAttempt<I, R>({ pool, store, feedback = false, onAnswer, onFinish }: UseAttemptOptions<I, R>) {
  const local = useLocalStore<R>();
  const kept = store ?? local;
  const [showing, setShowing] = useState<string>();
  const [finished, setFinished] = useState<Attempt<I, R>['finished']>();
  const live = kept.current && onlyItems(kept.current, (id) => pool.has(id));
  const step = live ? stepOf(live, showing) : undefined;

  const finish = (state: AttemptState<R>) => {
    const items = state.items.map((id) => pool.get(id)!);
    onFinish(items, state.responses);
    kept.end();
    setFinished({ items, responses: state.responses });
  };

  const attempt: Attempt<I, R> = {
    step: step && { ...step, item: pool.get(step.id)! },
    finished,
    start: (items) => {
      setShowing(undefined);
      setFinished(undefined);
      kept.start(items);
    },
    answer: (response) => {
      const answered = live && !showing ? respond(live, response) : undefined;
      if (!answered) return;
      onAnswer?.(pool.get(answered.id)!, response);
      if (!feedback && isComplete(answered.state)) return finish(answered.state);
      kept.record(answered.id, response);
      if (feedback) setShowing(answered.id);
    },
    next: () => {
      if (!live || showing === undefined) return;
      setShowing(undefined);
      if (isComplete(live)) finish(live);
    },
  };
  return attempt;
}
