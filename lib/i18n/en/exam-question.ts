/**
 * The words of an exam question's frame and of a "scam or safe?" question, English: a catalogue of its own, spread
 * into the exam's (./exam.ts), so that daily practice, which asks one such question, does not ship the whole exam's
 * words (issue 13).
 */
export const examQuestionText = {
  questionOf: 'Question {number} of {total}',
  verdictLegend: 'Scam or safe?',
  verdictChoice: {
    scam: 'It’s a scam',
    safe: 'It looks safe',
    check: 'I can’t tell from this: I’d check in the app or on the site myself',
  },
  confidenceLegend: 'How sure are you?',
  confidence: { guessing: 'Guessing', 'fairly-sure': 'Fairly sure', sure: 'Sure' },
  verdictFirst: 'Choose an answer, and how sure you are.',
} as const;
