/**
 * Reading time, computed from the lesson instead of typed by an editor (issue 11): prose at about 200 words a minute
 * (an unhurried adult reading plain English on a phone), plus half a minute per quiz question (read the options,
 * choose, read the explanations) and a minute and a half per red-flag exercise (look over a whole mock screen).
 */
const readingPace = { wordsPerMinute: 200, minutesPerQuestion: 0.5, minutesPerSpotter: 1.5 } as const;

export function readingMinutes(counts: { words: number; questions: number; spotters: number }): number {
  const minutes =
    counts.words / readingPace.wordsPerMinute +
    counts.questions * readingPace.minutesPerQuestion +
    counts.spotters * readingPace.minutesPerSpotter;
  return Math.max(1, Math.round(minutes));
}
