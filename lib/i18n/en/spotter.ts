import { spotMarkText } from './spot-marks';

/** Interface text for the spotter feature, English. */
export const spotterText = {
  ...spotMarkText,
  defaultTitle: 'Red-flag exercise',
  defaultPrompt: 'Look closely. Mark every part that is a red flag, or say it looks safe if nothing is wrong.',
  howTo: 'Select a part to mark it as a red flag; select it again to unmark it.',
  viewLabel: 'How to mark',
  viewPicture: 'Mark on the example',
  viewList: 'Mark from a list',
  listLegend: 'Parts of the example: tick each red flag',
  markedCount: '{count, plural, =0 {Nothing marked yet.} one {# part marked.} other {# parts marked.}}',
  check: 'Check my red flags',
  looksSafe: 'It looks safe',
  reveal: 'Show all red flags',
  tryAgain: 'Try again',
  markFirst: 'Mark at least one part first, or choose "It looks safe".',
  revealed: 'Here is every red flag, and why the other parts are normal.',
  verdicts: {
    'all-found': 'Well spotted: you found every red flag.',
    safe: 'Right: this one looks safe.',
    partly: 'Partly right.',
    'wrong-parts': 'Right to be wary, but the red flags are elsewhere.',
    'missed-scam': 'This one is a scam. Here is what gives it away.',
    'over-cautious': 'Being careful is good, but this one is genuine.',
  },
  partlyDetail:
    'You found {found} of {total} red flags{falseAlarms, plural, =0 {.} one { and marked # normal part.} other { and marked # normal parts.}}',
  groups: {
    found: 'Red flags you found',
    missed: 'Red flags you missed',
    falseAlarms: 'Parts you marked that are normal here',
    overCaution: 'Why the parts you marked are normal here',
    whySafe: 'Why this one looks safe',
    flags: 'The red flags',
    fine: 'Parts that are normal here',
  },
  overCautionNote:
    'Checking twice is a good habit, and it costs nothing. Knowing what normal looks like helps you trust the real thing.',
  fallbackIntro: 'The interactive version needs JavaScript. You can still study the example and reveal its red flags.',
  fallbackShow: 'Show the red flags',
  fallbackGenuine: 'This one is genuine: nothing here is a red flag.',
  fallbackFlag: 'Red flag',
  fallbackFine: 'Normal',
  /** Said of a part the exercise does not score, when the learner marked it. */
  unscoredExplanation: 'Nothing in this part is a warning sign here; the red flags, if any, are elsewhere.',
  /**
   * Neutral names of the parts, by kind and position, for the list view and the toggles' accessible names. They say
   * where a part is, never what is wrong with it, so the names cannot give the answer away.
   */
  partNames: {
    fixed: {
      listing: {
        url: 'the web address',
        title: 'the product title',
        price: 'the price',
        discount: 'the discount badge',
        rating: 'the rating line',
        store: 'the store name',
        shipping: 'the delivery line',
      },
      store: {
        name: 'the store name',
        opened: 'the line saying when the store opened',
        positive: 'the positive feedback figure',
        followers: 'the followers figure',
      },
      chat: { store: 'the chat heading', order: 'the order line' },
      email: {
        from: 'the sender',
        to: 'the "to" line',
        subject: 'the subject',
        button: 'the button',
        footer: 'the footer',
      },
      sms: { sender: 'the sender' },
      checkout: { url: 'the web address', heading: 'the heading', total: 'the total', button: 'the pay button' },
      tracking: {
        url: 'the web address',
        status: 'the status',
        carrier: 'the carrier',
        number: 'the tracking number',
        timer: 'the countdown line',
      },
      dispute: { order: 'the order line', status: 'the status', timer: 'the countdown line' },
    },
    list: {
      badges: 'badge',
      variants: 'option',
      reviews: 'review',
      ratings: 'rating row',
      notes: 'notice',
      messages: 'message',
      body: 'paragraph',
      attachments: 'attachment',
      items: 'order line',
      fields: 'form field',
      methods: 'way to pay',
      events: 'update',
    },
    /** "the message" when a list has one item (position 0), else "the second message" (position 2, 1-based). */
    nth: '{position, select, 0 {the {noun}} 1 {the first {noun}} 2 {the second {noun}} 3 {the third {noun}} 4 {the fourth {noun}} 5 {the fifth {noun}} 6 {the sixth {noun}} 7 {the seventh {noun}} 8 {the eighth {noun}} 9 {the ninth {noun}} 10 {the tenth {noun}} 11 {the eleventh {noun}} 12 {the twelfth {noun}} other {the {noun} number {position}}}',
  },
} as const;
