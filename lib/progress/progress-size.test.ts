import { describe, expect, test } from 'vitest';
import { getCourse } from '@/lib/content/lessons';
import { getExamPool } from '@/lib/exam/pool';
import { useProgress, progressStorage } from './progress-store';
import { storageKeys } from './storage-keys';

// Runs in node: with no window the store keeps its blob in the adapter's memory, serialised exactly as it would be
// written to localStorage, so readRaw shows the bytes a browser would store.
// Compiling the real course takes about a second alone and much longer on a busy two-core CI runner.
describe('STO-6: the progress blob stays small', { timeout: 60_000 }, () => {
  test('every question, red-flag exercise, pre-check, every kept exam attempt and a full review queue stay under 10,240 bytes', async () => {
    const course = await getCourse();
    const pool = getExamPool();
    const { answerQuestion, visitLesson, checkSpotter, savePrecheck, recordExam, answerReview } =
      useProgress.getState();
    let questions = 0;

    for (const lesson of course) {
      visitLesson(lesson.slug);
      for (const quiz of lesson.quizzes) {
        for (const question of quiz.questions) {
          // Worst case: every option ticked, so each answer stores the longest possible choice list.
          answerQuestion(quiz.id, question.id, { choice: question.options.map((o) => o.id), correct: false });
          questions += 1;
        }
      }
    }

    // Worst cases: every part of every exercise marked; attempts built from the longest item ids, all wrong (so every
    // one of them also sits in the review queue), then a pass for the day string.
    for (const lesson of course) {
      for (const spotter of lesson.spotters)
        checkSpotter(spotter.id, { marked: spotter.spots.map((s) => s.id), correct: false });
    }
    const longest = pool.map((item) => item.id).sort((a, b) => b.length - a.length);
    savePrecheck({ items: longest.slice(0, 5), right: longest.slice(0, 5) });
    for (let attempt = 0; attempt < 6; attempt++) {
      const items = longest
        .slice(attempt * 5, attempt * 5 + 10)
        .concat(longest)
        .slice(0, 10);
      recordExam({ items, right: attempt === 5 ? items : [] }, attempt === 5 ? '2026-12-31' : null);
    }
    for (const id of pool.map((item) => item.id)) answerReview(id, true);

    const raw = progressStorage.readRaw(storageKeys.progress);
    expect(raw).not.toBeNull();
    const blob = JSON.parse(raw!) as { state: { visited: string[]; answers: Record<string, Record<string, unknown>> } };
    expect(blob.state.visited).toHaveLength(course.length);
    expect(Object.values(blob.state.answers).reduce((n, quiz) => n + Object.keys(quiz).length, 0)).toBe(questions);
    expect(questions).toBeGreaterThan(0);
    const state = (JSON.parse(raw!) as { state: { exam: { attempts: unknown[] }; review: object; spotters: object } })
      .state;
    expect(state.exam.attempts).toHaveLength(3);
    expect(Object.keys(state.spotters)).toHaveLength(course.reduce((n, lesson) => n + lesson.spotters.length, 0));
    expect(Object.keys(state.review).length).toBeGreaterThan(0);
    const bytes = new TextEncoder().encode(raw!).byteLength;
    console.info(`STO-6 worst-case progress blob: ${bytes} bytes`);
    expect(bytes).toBeLessThan(10_240);
  });
});
