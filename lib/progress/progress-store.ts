import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { ExamResponse } from '@/lib/exam/score';
import { applyAction, type ProgressAction } from './progress-actions';
import { decodeBlob, encodeBlob } from './progress-blob';
import { initialProgress, type Answer, type Attempt, type Progress, type SpotterResult } from './progress-schema';
import { progressStorage } from './browser-storage';
import { shareStructure } from './share-structure';
import { storageKeys, storagePrefix } from './storage-keys';

/**
 * The progress store. Not zustand's `persist`: that writes this tab's whole copy over whatever another tab saved, and
 * starts empty (then overwrites) after one failed read. Here every action is applied to the data as stored at that
 * moment (STO-10), actions that could not be saved are kept and replayed once storage works again (STO-2, STO-11),
 * and every tab re-reads on another tab's write, so all tabs show the same progress.
 */

// Re-exported for the store's callers; code that needs storage but not progress imports ./browser-storage.
export { progressStorage };

export type ProgressActions = {
  answerQuestion(quizId: string, questionId: string, answer: Answer): void;
  clearQuestion(quizId: string, questionId: string): void;
  clearQuiz(quizId: string): void;
  visitLesson(slug: string): void;
  /** Saves a checked red-flag exercise in a lesson. */
  checkSpotter(spotterId: string, result: SpotterResult): void;
  clearSpotter(spotterId: string): void;
  savePrecheck(attempt: Attempt): void;
  /** Saves the items drawn for a new exam attempt, unless one is already under way (STO-14). */
  startExam(items: string[]): void;
  /** Saves one answer of the attempt under way, as it is given (STO-14). */
  answerExam(itemId: string, response: ExamResponse): void;
  /**
   * Records a finished exam: keeps the last few attempts, puts every missed item in the review queue (back at the
   * start of its streak) and, on the first pass, the day and score for the certificate.
   */
  recordExam(attempt: Attempt, passedOn: string | null): void;
  /** One review answer: right twice in a row takes the item out of the queue; a wrong one starts the count again. */
  answerReview(itemId: string, correct: boolean): void;
  /** Adds progress from a code or file to this browser's, removing nothing (STO-9). */
  restoreProgress(progress: Progress): void;
  /** Forgets everything, in every open tab, including backups and the theme choice (RELIABILITY PRV-3). */
  resetAll(): void;
};

export type ProgressState = Progress & ProgressActions;

const key = storageKeys.progress;
/** Beyond this many unsaved actions, they are folded into one merge of the state in memory. */
const maxPending = 200;
/** Actions applied in this tab but not yet saved, oldest first. */
let pending: ProgressAction[] = [];

type Stored =
  | { ok: true; progress: Progress | null; repaired: boolean }
  /** The key must not be written now; `shown` is what memory may show meanwhile (newer or damaged data). */
  | { ok: false; shown?: Progress };

/** Reads the stored progress afresh and decides, each time, whether the key may be written (STO-11..13). */
function readStored(): Stored {
  const result = progressStorage.read(key);
  if (!result.ok) {
    // STO-11: the key may still hold real progress, so it is not written until a read succeeds.
    if (progressStorage.health().mode !== 'memory') progressStorage.hold(key, 'read');
    return { ok: false };
  }
  progressStorage.release(key);
  if (result.raw === null) return { ok: true, progress: null, repaired: false };
  const decoded = decodeBlob(result.raw);
  if (decoded.kind === 'newer') {
    progressStorage.hold(key, 'newer');
    return { ok: false, shown: decoded.progress };
  }
  const damaged = decoded.kind === 'corrupt' || decoded.dropped > 0;
  const progress = decoded.kind === 'ok' ? decoded.progress : null;
  // STO-12: damaged data is replaced only once its copy is in storage.
  if (damaged && !progressStorage.backUp(key, result.raw, progress ? 'partial' : 'reset')) {
    progressStorage.hold(key, 'no-backup');
    return { ok: false, shown: progress ?? initialProgress };
  }
  return { ok: true, progress, repaired: damaged };
}

const dataOf = (state: Progress): Progress => {
  const { answers, visited, lastLesson, spotters, precheck, exam, review } = state;
  return { answers, visited, lastLesson, spotters, precheck, exam, review };
};

function publish(next: Progress): void {
  useProgress.setState(shareStructure(dataOf(useProgress.getState()), next));
}

function commit(action: ProgressAction): void {
  const stored = readStored();
  pending.push(action);
  if (pending.length > maxPending) pending = [{ type: 'merge', progress: applyAction(useProgress.getState(), action) }];
  if (!stored.ok) return publish(applyAction(dataOf(useProgress.getState()), action));
  const next = pending.reduce(applyAction, stored.progress ?? initialProgress);
  if (progressStorage.write(key, encodeBlob(next))) pending = [];
  publish(next);
}

/** Shows what is stored now, plus this tab's unsaved actions; `afterReset` drops those (PRV-3 across tabs). */
function resync(afterReset = false) {
  const stored = readStored();
  if (afterReset) pending = [];
  if (stored.ok) publish(pending.reduce(applyAction, stored.progress ?? initialProgress));
  else if (afterReset) publish(initialProgress);
}

function hydrate(): void {
  const stored = readStored();
  if (!stored.ok) return publish(stored.shown ?? initialProgress);
  const progress = stored.progress ?? initialProgress;
  if (stored.repaired) progressStorage.write(key, encodeBlob(progress));
  publish(progress);
}

export const useProgress: UseBoundStore<StoreApi<ProgressState>> = create<ProgressState>()(() => ({
  ...initialProgress,
  answerQuestion: (quizId, questionId, answer) => commit({ type: 'answer', quizId, questionId, answer }),
  clearQuestion: (quizId, questionId) => commit({ type: 'clear-question', quizId, questionId }),
  clearQuiz: (quizId) => commit({ type: 'clear-quiz', quizId }),
  visitLesson: (slug) => commit({ type: 'visit', slug }),
  checkSpotter: (spotterId, result) => commit({ type: 'check-spotter', spotterId, result }),
  clearSpotter: (spotterId) => commit({ type: 'clear-spotter', spotterId }),
  savePrecheck: (attempt) => commit({ type: 'precheck', attempt }),
  startExam: (items) => commit({ type: 'start-exam', items }),
  answerExam: (itemId, response) => commit({ type: 'answer-exam', itemId, response }),
  recordExam: (attempt, passedOn) => commit({ type: 'record-exam', attempt, passedOn }),
  answerReview: (itemId, correct) => commit({ type: 'review', itemId, correct }),
  restoreProgress: (progress) => commit({ type: 'merge', progress }),
  resetAll: () => {
    pending = [];
    progressStorage.clear(storagePrefix);
    publish(initialProgress);
  },
}));

// The store reads storage as soon as it loads in the browser (synchronous, before React hydrates); components still
// wait for hydration before showing it, so server HTML and the first client render agree (STO-5).
if (typeof window !== 'undefined') {
  hydrate();
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== key) return;
    // A removed key (or a cleared storage) is "Reset my progress" in another tab: forget this tab's copy too.
    resync(event.key === null || event.newValue === null);
  });
  // A page restored from the back/forward cache missed the storage events of its time away.
  window.addEventListener('pageshow', (event) => event.persisted && resync());
}
