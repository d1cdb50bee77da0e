import type { ExamItemInput } from '@/lib/exam/schema';

/** Exam items on lesson 4, "Paying safely". Item ids are progress keys. */
export const items: ExamItemInput[] = [
  {
    id: 'verdict-crypto-checkout',
    topic: 'paying-safely',
    type: 'verdict',
    prompt: 'You clicked an ad for cheap trainers. After choosing a pair, this payment page opens.',
    artefact: {
      kind: 'checkout',
      url: 'https://marketplace-deals-checkout.example/pay',
      heading: 'Secure checkout',
      notes: [{ id: 'card-down', text: 'Card payments are temporarily unavailable. Please use another method.' }],
      items: [{ id: 'trainers', name: 'Running trainers, size 42', price: '€19.90' }],
      total: '€19.90',
      methods: [
        { id: 'bank-transfer', text: 'Bank transfer (5% off)' },
        { id: 'crypto', text: 'Cryptocurrency (10% off)' },
      ],
      button: 'Place order',
    },
    answer: 'scam',
    explanation:
      'You reached this page from an ad, not from the app or a bookmark, and it only takes bank transfers and crypto, with a discount to push you there. Money sent that way is very hard to get back, and no buyer protection covers it.',
    cues: ['Reached from an ad, on an unfamiliar address', 'Cards “unavailable”, only transfer or crypto', 'A discount for paying the hard-to-reverse way'],
  },
  {
    id: 'verdict-app-checkout',
    topic: 'paying-safely',
    type: 'verdict',
    prompt: 'You opened the marketplace app yourself, put a lamp in your basket and pressed “Buy”. This screen appears.',
    artefact: {
      kind: 'checkout',
      heading: 'Checkout',
      items: [
        { id: 'lamp', name: 'LED desk lamp', price: '€18.90' },
        { id: 'vat', name: 'VAT, collected at checkout', price: '€4.35' },
      ],
      total: '€23.25',
      methods: [
        { id: 'saved-card', text: 'Card ending 4242' },
        { id: 'new-card', text: 'Add a debit or credit card' },
      ],
      button: 'Place order',
    },
    answer: 'safe',
    explanation:
      'You reached this screen yourself, inside the app, and you pay the marketplace by card. VAT on small orders to the EU and UK is normally collected at checkout like this. Nothing asks you to pay a seller directly.',
    cues: ['You opened the app yourself', 'Payment goes through the checkout, by card', 'VAT at checkout is normal for small EU/UK orders'],
  },
  {
    id: 'spot-payment-declined-email',
    topic: 'paying-safely',
    type: 'spotter',
    prompt: 'The day after you order a backpack, this email arrives.',
    artefact: {
      kind: 'email',
      fromName: 'AliExpress Billing',
      fromAddress: 'billing@secure-aliexpress-payments.example',
      subject: 'Payment declined: your order will be cancelled',
      date: 'Today, 08:15',
      body: [
        { id: 'order-line', text: 'Order: travel backpack, 30 litres.' },
        { id: 'declined', text: 'Your bank declined the payment. Update your card details within 12 hours or the order will be cancelled.' },
        { id: 'thanks', text: 'Thank you for shopping with us.' },
      ],
      button: { label: 'Update payment details', url: 'secure-aliexpress-payments.example/update-card' },
    },
    spots: [
      { id: 'from', label: 'The sender’s address', flag: true, explanation: 'It uses the AliExpress name on an address that isn’t AliExpress’s own. Anyone can type any name as the sender.' },
      { id: 'order-line', label: 'The order details', flag: false, explanation: 'Mentioning an item you really ordered isn’t proof either way: scammers often guess or copy details.' },
      { id: 'declined', label: 'The 12-hour deadline', flag: true, explanation: 'A short deadline is there to rush you. If a payment really failed, your order page in the app will say so.' },
      { id: 'button', label: 'The button and where it leads', flag: true, explanation: 'Never update card details from a link in an email. Open the app or your own bookmark instead.' },
      { id: 'thanks', label: 'The thank-you line', flag: false, explanation: 'A polite sign-off is normal in real and fake emails alike.' },
    ],
  },
  {
    id: 'spot-honest-payment-chat',
    topic: 'paying-safely',
    type: 'spotter',
    prompt: 'Before ordering a rug, you ask the seller a question about paying.',
    artefact: {
      kind: 'chat',
      store: 'Loomline Home Store',
      messages: [
        { id: 'buyer-question', from: 'buyer', time: '14:02', text: 'Can I pay you by bank transfer to save the card fee?' },
        { id: 'seller-checkout', from: 'seller', time: '14:10', text: 'Sorry, we can’t take direct payments. Please pay through the checkout, so your order is protected.' },
        { id: 'seller-size', from: 'seller', time: '14:11', text: 'The rug is 120 × 170 cm. Please check the size chart before you order.' },
      ],
    },
    spots: [
      { id: 'store', label: 'The store', flag: false, explanation: 'Nothing about the store name is a warning sign here.' },
      { id: 'seller-checkout', label: 'The reply about paying', flag: false, explanation: 'This is the right answer from a seller: pay only through the checkout, where buyer protection applies.' },
      { id: 'seller-size', label: 'The note about the size', flag: false, explanation: 'Pointing you to the size chart is helpful, normal service.' },
    ],
  },
  {
    id: 'scenario-paid-gift-card',
    topic: 'paying-safely',
    type: 'question',
    kind: 'single',
    scenario: 'A “seller” on a chat app talked you into paying for a tablet with gift card codes. Now they have stopped replying.',
    prompt: 'What should you do now?',
    options: [
      { id: 'contact-issuer', text: 'Contact the company that issued the gift cards straight away, and keep the cards and receipts', correct: true, explanation: 'Right. That’s the advice for gift-card payments: act fast with the issuer and keep the evidence. Then report the scam.' },
      { id: 'open-dispute', text: 'Open a marketplace dispute to get a refund', correct: false, explanation: 'Sadly, a payment made outside the checkout isn’t covered by the marketplace’s buyer protection.' },
      { id: 'buy-more', text: 'Send one more gift card, as they may be testing you', correct: false, explanation: 'No. Only scammers insist on gift cards. Sending more only adds to the loss.' },
      { id: 'wait', text: 'Wait a week in case they reply', correct: false, explanation: 'Time matters. Contact the card issuer now.' },
    ],
  },
  {
    id: 'question-limit-damage',
    topic: 'paying-safely',
    type: 'question',
    kind: 'multiple',
    prompt: 'Which of these limit the damage if your card details ever leak? Tick all that apply.',
    options: [
      { id: 'virtual-card', text: 'A virtual card number that works only once, or only with one shop', correct: true, explanation: 'Yes. If it’s misused, you cancel that number and keep your real card.' },
      { id: 'separate-card', text: 'A separate card kept just for online shopping', correct: true, explanation: 'Yes. Security experts have suggested this to keep any damage contained.' },
      { id: 'pay-direct', text: 'Paying sellers directly instead of at the checkout', correct: false, explanation: 'No. That removes your buyer protection altogether.' },
      { id: 'email-details', text: 'Emailing your card details to the seller instead of typing them into a website', correct: false, explanation: 'No. That’s less safe: never send card details by email or chat.' },
    ],
  },
];
