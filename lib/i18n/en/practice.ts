/** Interface text for daily practice, English. */
export const practiceText = {
  title: 'Daily practice: scam or real?',
  description: 'One training example a day: decide whether it is a scam or real, and keep your streak going.',
  intro: 'One new training example every day. Decide whether it is a scam or real: it takes about a minute.',
  loading: 'Getting today’s example…',
  /** While the explanation and the share card are still loading, after the answer. */
  gettingReady: 'Getting ready…',
  check: 'Check my answer',
  right: 'Right. Well spotted.',
  wrong: 'Not this time. Here is what to notice.',
  doneToday: 'You have practised today. Come back tomorrow for a new example.',
  /** Follows the count, which is shown larger. */
  streak: '{count, plural, one {day in a row} other {days in a row}}',
  streakNone: 'Answer today’s example to start a streak.',
  streakNote: 'Miss a day and your streak waits for you; miss two in a row and it starts again.',
  best: 'Best: {best}',
  shareTitle: 'Share your result',
  shareIntro: 'The card says only whether you got today’s example right: no name, no score history.',
  shareAlt: {
    right: 'Share card: I spotted today’s Scamwise example correctly.',
    wrong: 'Share card: today’s Scamwise example caught me out.',
  },
  shareText: {
    right: 'I spotted today’s Scamwise training example. Can you?',
    wrong: 'Today’s Scamwise training example caught me out. Can you spot it?',
  },
  share: 'Share',
  copyLink: 'Copy the link',
  copied: 'Link copied.',
  copyFailed: 'Copying did not work. The address is: {url}',
  card: {
    eyebrow: 'Daily practice · scam or real?',
    right: 'I spotted today’s scam-or-real example',
    wrong: 'Today’s scam-or-real example caught me out',
  },
  noJs: 'Daily practice needs JavaScript to pick today’s example and keep your streak.',
} as const;
