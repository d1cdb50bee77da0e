/**
 * The neutral names of a red-flag exercise's parts, English: written on the server (lib/spotter/parts.ts) and handed
 * to the Spotter with its data, so no page ships them as code.
 */
export const spotterPartText = {
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
