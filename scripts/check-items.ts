/**
 * `npm run check:items` (in `npm test` through check:content): do the course's questions measure the skill, or can a
 * rule of thumb pass them? (issue 10, ASSESSMENT "Keys that no surface feature predicts".)
 *
 * 1. Every question set (each lesson quiz, all lessons together, the exam's scenario questions): the keys in each
 *    position and the keys that are the longest option, each within 1.5 × chance, in the order the learner sees.
 * 2. The exam pool: the accuracy of "a link / the marketplace's name / an urgent word means scam" and of the best
 *    "artefact kind → verdict" mapping, each at most 65 %; 35–60 % of artefact items genuine; scam and genuine
 *    versions of every artefact kind; at least two variants of every skill.
 * Prints a table per part; exits 1 naming every set and rule that is over.
 */
import { getCourse } from '../lib/content/lessons';
import { optionOrder } from '../lib/exam/draw';
import { getExamPool } from '../lib/exam/pool';
import { withShuffledOptions } from '../lib/quiz/option-order';
import { keyBalance, overChance, overLimit, type Choice, type KeyBalance } from '../lib/questions/key-balance';
import { maxRuleAccuracy, poolShapeProblems, surfaceRules } from '../lib/exam/surface-rules';

const kinds = ['listing', 'store', 'chat', 'email', 'sms', 'checkout', 'tracking', 'dispute'];
const pct = (value: number) => `${Math.round(value * 100)} %`.padStart(5);

function balanceRow(name: string, balance: KeyBalance): string {
  const cells = [...balance.positions, balance.longest].map(
    (s) => `${s.label.replace('position ', 'p')}: ${+s.keys.toFixed(1)}/${s.limit}${s.over ? ' OVER' : ''}`,
  );
  return `${name.padEnd(52)} ${String(balance.questions).padStart(3)}  ${cells.join('  ')}`;
}

async function main() {
  const failures: string[] = [];
  const lessons = await getCourse();

  console.log(
    `Question sets: keys per position and keys that are the longest option (found/limit, limit = ${overChance} × chance, rounded up)`,
  );
  console.log(`${'set'.padEnd(52)} ${'qs'.padStart(3)}`);
  const everyQuiz: Choice[][] = [];
  for (const lesson of lessons) {
    for (const quiz of lesson.quizzes) {
      // In the order the learner sees: the build-time shuffle seeded by quiz and question id (lib/quiz/option-order).
      const shown: Choice[][] = withShuffledOptions(quiz).questions.map((question) => question.options);
      everyQuiz.push(...shown);
      const balance = keyBalance(shown);
      console.log(balanceRow(`${lesson.slug} / ${quiz.id}`, balance));
      for (const share of overLimit(balance))
        failures.push(
          `lesson quiz ${quiz.id} (${lesson.file}): ${share.label} holds ${+share.keys.toFixed(1)} keys, limit ${share.limit}`,
        );
    }
  }
  const all = keyBalance(everyQuiz);
  console.log(balanceRow('all lesson quizzes', all));
  for (const share of overLimit(all))
    failures.push(`all lesson quizzes: ${share.label} holds ${+share.keys.toFixed(1)} keys, limit ${share.limit}`);

  const pool = getExamPool();
  const examQuestions = pool.flatMap((item) => (item.type === 'question' ? [optionOrder(item.id, item.options)] : []));
  const exam = keyBalance(examQuestions);
  console.log(balanceRow('exam scenario questions', exam));
  for (const share of overLimit(exam))
    failures.push(`exam questions: ${share.label} holds ${+share.keys.toFixed(1)} keys, limit ${share.limit}`);

  console.log(
    `\nExam pool (${pool.length} items): accuracy of rules of thumb over the artefact items (limit ${pct(maxRuleAccuracy)})`,
  );
  for (const rule of surfaceRules(pool)) {
    console.log(
      `${rule.rule.padEnd(44)} ${String(rule.right).padStart(3)}/${rule.total}  ${pct(rule.accuracy)}${rule.over ? '  OVER' : ''}`,
    );
    if (rule.over) failures.push(`exam pool: "${rule.rule}" is right on ${pct(rule.accuracy).trim()} of items`);
  }
  failures.push(...poolShapeProblems(pool, kinds).map((problem) => `exam pool: ${problem}`));

  if (failures.length) {
    console.error(`\ncheck:items failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\ncheck:items passed.');
}

await main();
