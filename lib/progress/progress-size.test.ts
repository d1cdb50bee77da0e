import { describe, expect, test } from 'vitest';
import { getCourse } from '@/lib/content/lessons';
import { examBlueprint, precheckBlueprint } from '@/lib/exam/draw';
import { getExamPool } from '@/lib/exam/pool';
import { encodeBlob } from './progress-blob';
import { useProgress } from './progress-store';
import { encodeProgressCode } from './transfer-code';

// Runs in node: with no window the store keeps its state in memory; encodeBlob gives the exact bytes a browser
// would store. Compiling the real course takes about a second alone and much longer on a busy two-core CI runner.
describe('STO-6: the progress blob stays small', { timeout: 60_000 }, () => {
  // STO-6: at most 10 KB (10,240 bytes). The v3 form came to 19,259 bytes here (December 2026); the compact v4 form
  // (progress-compact.ts) writes each exam item id once and an attempt's marks as one hex digit per item.
  test('every lesson and exercise done, 20 exam attempts, a full review queue and an exam under way fit in 10 KB', async () => {
    const course = await getCourse();
    const pool = getExamPool();
    const s = useProgress.getState();
    let questions = 0;

    for (const lesson of course) {
      s.visitLesson(lesson.slug);
      for (const quiz of lesson.quizzes) {
        for (const question of quiz.questions) {
          // Worst case: every option ticked where the question allows it (multiple), else its longest option id.
          const ids = question.options.map((o) => o.id).sort((a, b) => b.length - a.length);
          const choice = question.kind === 'multiple' ? ids : ids.slice(0, 1);
          s.answerQuestion(quiz.id, question.id, { choice, correct: false });
          questions += 1;
        }
      }
      for (const spotter of lesson.spotters)
        s.checkSpotter(spotter.id, { marked: spotter.spots.map((spot) => spot.id), correct: false });
    }

    // Attempts built from the longest item ids, all wrong (so each also sits in the review queue), one pass for the
    // day and score, then an attempt under way with every answer but the last, each as long as it can be.
    const longest = pool.map((item) => item.id).sort((a, b) => b.length - a.length);
    const figures = (items: string[]) => ({ genuine: items, flagged: items, sure: items });
    const precheck = longest.slice(0, precheckBlueprint.size);
    s.savePrecheck({ items: precheck, right: precheck, ...figures(precheck) });
    for (let attempt = 0; attempt < 20; attempt++) {
      const items = longest
        .slice((attempt * examBlueprint.size) % longest.length)
        .concat(longest)
        .slice(0, examBlueprint.size);
      s.recordExam(
        { items, right: attempt === 19 ? items : [], ...figures(items) },
        attempt === 19 ? '2026-12-31' : null,
      );
    }
    const drawn = longest.slice(0, examBlueprint.size);
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
    expect(Object.keys(state.exam.current!.responses)).toHaveLength(examBlueprint.size - 1);
    expect(Object.keys(state.review).length).toBeGreaterThan(0);
    const bytes = new TextEncoder().encode(encodeBlob(state)).byteLength;
    const code = encodeProgressCode(state);
    console.info(`STO-6 worst-case progress blob: ${bytes} bytes; its progress code: ${code.length} characters`);
    expect(bytes).toBeLessThanOrEqual(10_240);
  });
});
