import { examQuestionText } from './exam-question';

/** Interface text for the exam feature, English. */
export const examText = {
  ...examQuestionText,
  title: 'Final exam',
  description: 'Sixteen questions drawn from the whole course. Pass with 80% to print your certificate.',
  intro:
    'Sixteen questions drawn from every lesson: decide whether something is a scam, looks safe, or can only be settled by checking yourself; find the red flags; and choose what to do. Many examples are genuine, so "it looks safe" is often the right answer. You pass with 80%, and with most of the genuine examples right.',
  noJs: 'The exam needs JavaScript, which is turned off or blocked in your browser. The lessons and their quizzes work without it.',
  keptNote:
    'You see your result and every explanation at the end. Each answer is saved as you go: if you reload or leave the page, the exam carries on at the next question.',
  start: 'Start the exam',
  retake: 'Take the exam again',
  retakeNote: 'A new attempt draws questions you have not seen yet.',
  loading: 'Checking your saved results…',
  /** While the questions (or the result) are still loading, after the learner has started. */
  gettingReady: 'Getting ready…',
  next: 'Next question',
  finish: 'See my result',
  answerFirst: 'Choose an answer first.',
  submitFlags: 'Submit my red flags',
  spotterLooksSafe: 'It looks safe',
  markOrSafe: 'Mark at least one red flag, or choose “It looks safe”.',
  resultTitle: 'Your result',
  lastResultTitle: 'Your last result',
  /** {points} may hold partial credit for red flags, e.g. "12.5". */
  score: '{points} of {total} right ({percent}%)',
  passed: 'You passed. Well done!',
  failed:
    'Not a pass this time: you need 80%, and most of the genuine examples right. Review your mistakes below, then try again with new questions.',
  failedGenuine:
    'Not a pass this time: your score is high enough, but you called too many genuine pages scams. Over-caution has a cost too: you would miss real orders and real messages. Review them below, then try again.',
  certificateLink: 'Get your certificate',
  byTopicTitle: 'Score by topic',
  topic: 'Topic',
  yourScore: 'Exam',
  before: 'Pre-check',
  outOf: '{right} of {total}',
  gainTitle: 'Before and after',
  gain: 'Before the course: {before}%. Final exam: {after}%.',
  /** {change} is up, same or down; {points} the gain when up. */
  gainPoints:
    '{change, select, up {You improved by {points, plural, one {# percentage point} other {# percentage points}}.} same {The same score as your pre-check.} other {A lower score than your pre-check: the review below will help.}}',
  noPrecheck: 'You did not take the pre-check, so there is no “before” score to compare with.',
  figuresCaption: 'What your answers show',
  measure: 'Measure',
  meaning: 'What it means',
  notAsked: '–',
  percent: '{percent}%',
  figures: {
    score: 'Score',
    hits: 'Scams caught',
    falseAlarms: 'Genuine pages called scams',
    calibration: 'Right when “sure”',
  },
  /** A plain-language reading of the exam's figure, by band (lib/exam/signal `readingOf`). */
  readings: {
    hits: {
      good: 'You caught almost every scam.',
      fair: 'You caught many scams, but some got past you: look at the ones you missed below.',
      poor: 'Several scams got past you. The red flags in the review below are worth a second look.',
      none: 'No scams in this set.',
    },
    falseAlarms: {
      good: 'You rarely mistook a genuine page for a scam.',
      fair: 'You flagged some genuine pages. Caution is good, but it costs you real orders and messages.',
      poor: 'You called many genuine pages scams. Over-caution has a cost: look at what made them genuine.',
      none: 'No genuine pages in this set.',
    },
    calibration: {
      good: 'When you felt sure, you were nearly always right: your confidence is worth trusting.',
      fair: 'Feeling sure was right more often than not, but not always: slow down on those.',
      poor: 'Feeling sure often went with a wrong answer: take a second look before you trust a first impression.',
      none: 'You didn’t answer any “scam or safe?” question with “sure”.',
    },
  },
  scoreReading: {
    passed: 'A pass: 80% or more, with most genuine pages right.',
    failed: 'Not yet a pass: 80% and most genuine pages right are needed.',
  },
  mistakesTitle: 'Review your mistakes',
  noMistakes: 'No mistakes to review: every answer was right.',
  reviewLink: 'Practise your mistakes ({count} waiting)',
  itemTopic: 'Topic: {title}',
  otherTopic: 'A retired question',
  answerWas: 'The answer: {answer}',
  /** {confidence} is a key of `confidence` above, said in the middle of a sentence. */
  youSaid: 'You said: {answer} ({confidence, select, guessing {guessing} fairly-sure {fairly sure} other {sure}})',
  answer: { scam: 'it’s a scam', safe: 'it looks safe', check: 'check it yourself in the app or on the site' },
  whatToNotice: 'What to notice',
  feedback: {
    correct: 'Right.',
    'over-cautious':
      'You treated this as a scam, but it is genuine. Being careful is a good habit; here is why this one is fine.',
    'missed-scam': 'This one is a scam. Here is what gives it away.',
    'could-tell':
      'Checking for yourself is always a safe habit, and it would have protected you. But this screen shows enough to decide: here is how.',
    'needs-check':
      'This one can’t be settled from the screen: a real message and a fake one would look the same. The safe move is to check in the app or on the site yourself.',
    partly: 'Partly right.',
    'wrong-parts': 'Right to be wary, but the red flags are elsewhere.',
    incorrect: 'Not quite.',
  },
  yourChoice: 'Your choice',
  rightAnswer: 'Right answer',
  lessonLink: 'Go back to “{title}”',
} as const;
