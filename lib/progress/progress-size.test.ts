import { describe, expect, test } from 'vitest';
import { getCourse } from '@/lib/content/lessons';
import { getExamPool } from '@/lib/exam/pool';
import { encodeBlob } from './progress-blob';
import { useProgress } from './progress-store';
import { encodeProgressCode } from './transfer-code';

// Runs in node: with no window the store keeps its state in memory; encodeBlob gives the exact bytes a browser
// would store. Compiling the real course takes about a second alone and much longer on a busy two-core CI runner.
describe('STO-6: the progress blob stays small', { timeout: 60_000 }, () => {
  test('every lesson and exercise done, 20 exam attempts, a full review queue and an exam under way stay under 10,240 bytes', async () => {
    const course = await getCourse();
    const pool = getExamPool();
    const s = useProgress.getState();
    let questions = 0;

    for (const lesson of course) {
      s.visitLesson(lesson.slug);
      for (const quiz of lesson.quizzes) {
        for (const question of quiz.questions) {
          // Worst case: every option ticked, so each answer stores the longest possible choice list.
          s.answerQuestion(quiz.id, question.id, { choice: question.options.map((o) => o.id), correct: false });
          questions += 1;
        }
      }
      for (const spotter of lesson.spotters)
        s.checkSpotter(spotter.id, { marked: spotter.spots.map((spot) => spot.id), correct: false });
    }

    // Attempts built from the longest item ids, all wrong (so each also sits in the review queue), one pass for the
    // day and score, then an attempt under way with every answer but the last, each as long as it can be.
    const longest = pool.map((item) => item.id).sort((a, b) => b.length - a.length);
    s.savePrecheck({ items: longest.slice(0, 5), right: longest.slice(0, 5) });
    for (let attempt = 0; attempt < 20; attempt++) {
      const items = longest
        .slice((attempt * 10) % longest.length)
        .concat(longest)
        .slice(0, 10);
      s.recordExam({ items, right: attempt === 19 ? items : [] }, attempt === 19 ? '2026-12-31' : null);
    }
    const drawn = longest.slice(0, 10);
    s.startExam(drawn);
    for (const id of drawn.slice(0, -1)) {
      const item = pool.find((i) => i.id === id)!;
      s.answerExam(
        id,
        item.type === 'verdict'
          ? { type: 'verdict', choice: 'safe', confidence: 'fairly-sure' }
          : item.type === 'spotter'
            ? { type: 'spotter', marked: item.spots.map((spot) => spot.id) }
            : { type: 'question', choice: item.options.map((o) => o.id) },
      );
    }
    for (const item of pool) s.answerReview(item.id, true);

    const state = useProgress.getState();
    expect(state.visited).toHaveLength(course.length);
    expect(Object.values(state.answers).reduce((n, quiz) => n + Object.keys(quiz).length, 0)).toBe(questions);
    expect(state.exam.attempts).toHaveLength(3);
    expect(Object.keys(state.exam.current!.responses)).toHaveLength(9);
    expect(Object.keys(state.review).length).toBeGreaterThan(0);
    const bytes = new TextEncoder().encode(encodeBlob(state)).byteLength;
    const code = encodeProgressCode(state);
    console.info(`STO-6 worst-case progress blob: ${bytes} bytes; its progress code: ${code.length} characters`);
    expect(bytes).toBeLessThan(10_240);
  });
});
