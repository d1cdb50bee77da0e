import { describe, expect, test } from 'vitest';
import { getCourse } from '@/lib/content/lessons';
import { useProgress, progressStorage } from './progress-store';
import { storageKeys } from './storage-keys';

// Runs in node: with no window the store keeps its blob in the adapter's memory, serialised exactly as it would be
// written to localStorage, so readRaw shows the bytes a browser would store.
// Compiling the real course takes about a second alone and much longer on a busy two-core CI runner.
describe('STO-6: the progress blob stays small', { timeout: 60_000 }, () => {
  test('answering every question of the real course and visiting every lesson serialises to under 10,240 bytes', async () => {
    const course = await getCourse();
    const { answerQuestion, visitLesson } = useProgress.getState();
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

    const raw = progressStorage.readRaw(storageKeys.progress);
    expect(raw).not.toBeNull();
    const blob = JSON.parse(raw!) as { state: { visited: string[]; answers: Record<string, Record<string, unknown>> } };
    expect(blob.state.visited).toHaveLength(course.length);
    expect(Object.values(blob.state.answers).reduce((n, quiz) => n + Object.keys(quiz).length, 0)).toBe(questions);
    expect(questions).toBeGreaterThan(0);
    expect(new TextEncoder().encode(raw!).byteLength).toBeLessThan(10_240);
  });
});
