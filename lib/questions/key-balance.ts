/**
 * Does a surface feature of a question set give its keys away (ASSESSMENT "Keys that no surface feature predicts")?
 * For each position, how many keys sit there against what chance would put there, and how often the key is the
 * longest option. Pure: `scripts/check-items.ts` feeds it the lessons' quizzes and the exam's questions in the order
 * the learner sees them.
 */

export type Choice = { text: string; correct: boolean };

/** How far above chance a feature may go. */
export const overChance = 1.5;

export type Share = { label: string; keys: number; chance: number; limit: number; over: boolean };

export type KeyBalance = { questions: number; positions: Share[]; longest: Share };

/**
 * A set of n questions cannot hit a share exactly, so each limit is 1.5 × what chance expects, rounded up to whole
 * keys: with five four-option questions chance puts 1.25 keys in each place, and two in one place is still fine.
 */
function share(label: string, keys: number, chance: number): Share {
  const limit = Math.ceil(overChance * chance - 1e-9);
  return { label, keys, chance, limit, over: keys > limit };
}

/** Keys by position and keys that are the longest option, for questions given as options in shown order. */
export function keyBalance(questions: readonly (readonly Choice[])[]): KeyBalance {
  const width = Math.max(0, ...questions.map((options) => options.length));
  const positions = Array.from({ length: width }, (_, index) => {
    let keys = 0;
    let chance = 0;
    for (const options of questions) {
      if (index >= options.length) continue;
      const correct = options.filter((o) => o.correct).length;
      chance += correct / options.length;
      if (options[index]!.correct) keys += 1;
    }
    return share(`position ${index + 1}`, keys, chance);
  });
  let longestKeys = 0;
  let longestChance = 0;
  for (const options of questions) {
    const top = Math.max(...options.map((o) => o.text.length));
    const longest = options.filter((o) => o.text.length === top);
    // A tie shares the "longest" between the tied options.
    longestKeys += longest.filter((o) => o.correct).length / longest.length;
    longestChance += options.filter((o) => o.correct).length / options.length;
  }
  return { questions: questions.length, positions, longest: share('key is the longest', longestKeys, longestChance) };
}

/** The shares that go over their limit, named for a failure message. */
export function overLimit(balance: KeyBalance): Share[] {
  return [...balance.positions, balance.longest].filter((s) => s.over);
}
