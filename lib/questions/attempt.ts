/**
 * The attempt model: walk a list of items in order and record one response per item. The exam, the pre-check and
 * the review session all run this loop (components/questions/use-attempt.ts wraps it for React). Pure and generic
 * in the response type, so it knows nothing of exam items, React or storage. Its shape is the exam's saved
 * "attempt in progress" (lib/progress ExamInProgress), so the exam can keep it in progress as it goes (STO-14).
 */

export type AttemptState<R> = {
  /** Item ids in the order they are asked. */
  items: readonly string[];
  /** The responses given so far, by item id. */
  responses: Readonly<Record<string, R>>;
};

/** Where an attempt stands: the item to show now, its place in the list, and the response when it is being shown. */
export type Step<R> = {
  id: string;
  /** 0-based place among the items. */
  index: number;
  total: number;
  /** The last item: its answer completes the attempt. */
  last: boolean;
  /** Set while the answer to this item is being shown (feedback), before moving on. */
  response?: R;
};

export function beginAttempt<R>(items: readonly string[]): AttemptState<R> {
  return { items, responses: {} };
}

/** The attempt without items that can no longer be asked (retired from the pool since it began). */
export function onlyItems<R>(state: AttemptState<R>, has: (id: string) => boolean): AttemptState<R> {
  return state.items.every(has) ? state : { ...state, items: state.items.filter(has) };
}

export function isComplete<R>(state: AttemptState<R>): boolean {
  return state.items.length > 0 && state.items.every((id) => id in state.responses);
}

/**
 * The step to show: the item whose answer is being shown, if any, else the first unanswered one. Undefined when
 * there is nothing left to show (every item answered, or no items at all).
 */
export function stepOf<R>(state: AttemptState<R>, showing?: string): Step<R> | undefined {
  const shown = showing === undefined ? -1 : state.items.indexOf(showing);
  const index = shown >= 0 ? shown : state.items.findIndex((id) => !(id in state.responses));
  if (index < 0) return undefined;
  const id = state.items[index]!;
  const total = state.items.length;
  return { id, index, total, last: index === total - 1, ...(shown >= 0 && { response: state.responses[id] }) };
}

/**
 * Records the response to the current (first unanswered) item. Undefined when no item is waiting, so a second
 * click, or an answer arriving after the attempt ended in another tab, changes nothing.
 */
export function respond<R>(state: AttemptState<R>, response: R): { id: string; state: AttemptState<R> } | undefined {
  const id = state.items.find((candidate) => !(candidate in state.responses));
  if (id === undefined) return undefined;
  return { id, state: { ...state, responses: { ...state.responses, [id]: response } } };
}

/** Adds or removes an option from a choice: a single-answer question keeps only the latest. */
export function toggleChoice(current: readonly string[], id: string, checked: boolean, multiple: boolean): string[] {
  if (!multiple) return [id];
  return checked ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id);
}
