import type { ExamItemInput } from '@/lib/exam/schema';

/** Exam items on lesson 5, "Common scams and how to spot them". Item ids are progress keys. */
export const items: ExamItemInput[] = [
  {
    id: 'verdict-job-offer-sms',
    topic: 'common-scams',
    type: 'verdict',
    prompt: 'This text arrives out of the blue.',
    artefact: {
      kind: 'sms',
      sender: '+44 7700 900637',
      messages: [
        {
          id: 'offer',
          time: '11:26',
          text: 'Hi, I’m Anna from AliExpress recruitment. Part-time online job boosting sales, earn 200 to 800 a day from your phone. Register here:',
          link: 'aliexpress-jobs-boost.example/join',
        },
      ],
    },
    answer: 'scam',
    explanation:
      'This is the fake “boosting sales” job: you buy items on a fake site to earn commission, small early payouts build trust, then bigger deposits are kept. Nobody needs to pay to start a real job, and the link isn’t AliExpress’s.',
    cues: ['A job offer you never applied for', 'Easy money for “boosting sales”', 'A link to an address that isn’t the company’s'],
  },
  {
    id: 'verdict-delivery-window-sms',
    topic: 'common-scams',
    type: 'verdict',
    prompt: 'You asked the delivery company for text updates when you tracked your parcel. Today this text arrives.',
    artefact: {
      kind: 'sms',
      sender: 'ParcelCo',
      messages: [
        { id: 'window', time: '07:58', text: 'Your parcel will be delivered today between 10:00 and 12:00. No action needed.' },
        { id: 'change', time: '07:58', text: 'To change your delivery, open the ParcelCo app.' },
      ],
    },
    answer: 'safe',
    explanation:
      'It asks for nothing: no fee, no card, no personal details, and it sends you to the carrier’s own app. A link, or a text you didn’t ask for, would not make it a scam, and their absence does not prove it real: the test is what you find when you open the carrier’s app or type its site yourself.',
    cues: ['No fee and no request for details', 'It sends you to the carrier’s own app', 'You can check it there yourself'],
  },
  {
    id: 'spot-false-shipment-tracking',
    topic: 'common-scams',
    type: 'spotter',
    prompt: 'You live in Dublin and ordered a watch on 20 May. The seller gave you this tracking number.',
    artefact: {
      kind: 'tracking',
      carrier: 'Express International',
      number: 'EX 8830 1147 92',
      status: 'Delivered',
      timer: 'Buyer Protection ends in 12 days',
      events: [
        { id: 'ev-info', date: '14 May, 09:10', text: 'Shipment information received' },
        { id: 'ev-transit', date: '15 May, 18:45', text: 'In transit to the destination country' },
        { id: 'ev-delivered', date: '16 May, 11:02', text: 'Delivered, Lyon, France' },
      ],
    },
    spots: [
      { id: 'carrier', label: 'The carrier', flag: false, explanation: 'The carrier’s name tells you nothing either way.' },
      { id: 'timer', label: 'The Buyer Protection timer', flag: false, explanation: 'This is your order’s own countdown, the one to act on.' },
      { id: 'ev-info', label: 'The date of the first update', flag: true, explanation: 'It is dated before you ordered. A tracking number from before your order belongs to another parcel: a “false shipment”.' },
      { id: 'ev-delivered', label: 'Where it was delivered', flag: true, explanation: 'It went to another country. A real number for someone else’s parcel can look like progress while your protection time runs down.' },
    ],
  },
  {
    id: 'spot-honest-memory-listing',
    topic: 'common-scams',
    type: 'spotter',
    prompt: 'You need a memory card for a dash camera and find this listing.',
    artefact: {
      kind: 'listing',
      title: '128GB microSD card, class 10, with adapter',
      price: '€11.90',
      store: 'Storage Depot Store',
      rating: '4.8 · 5,120 reviews · 20,000+ sold',
      variants: [
        { id: 'card-64', label: '64GB + adapter', price: '€7.40' },
        { id: 'card-128', label: '128GB + adapter', price: '€11.90' },
      ],
      reviews: [
        { id: 'review-tested', stars: 5, author: 'T***m', text: 'Tested with H2testw: the full 128 GB is real and it writes at a decent speed.' },
        { id: 'review-slow', stars: 3, author: 'P***a', text: 'Works fine, but slower than my old card when copying big videos.' },
      ],
    },
    spots: [
      { id: 'price', label: 'The headline price', flag: false, explanation: 'It matches the 128GB card in the title, and it is in line with ordinary prices for that size.' },
      { id: 'card-64', label: 'The 64GB option', flag: false, explanation: 'A smaller card for less money is a normal option, honestly priced.' },
      { id: 'review-tested', label: 'The review about testing', flag: false, explanation: 'A buyer who checked the real capacity with a testing tool is exactly the evidence you want.' },
      { id: 'review-slow', label: 'The three-star review', flag: false, explanation: 'An honest note about speed is useful to know, not a sign of a scam.' },
    ],
  },
  {
    id: 'scenario-customs-fee-text',
    topic: 'common-scams',
    type: 'question',
    kind: 'single',
    scenario: 'You live in the UK and ordered a £12 phone stand, paying VAT at checkout. A text says a £1.45 customs fee is due and gives a link to pay.',
    prompt: 'What is the safest thing to do?',
    options: [
      { id: 'check-carrier', text: 'Don’t tap the link. Check with the carrier through its own website or app', correct: true, explanation: 'Right. VAT on small orders is normally paid at checkout, so an unexpected fee deserves extra suspicion. Genuine fees can be checked with the carrier directly.' },
      { id: 'pay-small', text: 'Pay it: £1.45 is too small to be a scam', correct: false, explanation: 'A small fee is the bait. Fake delivery pages use it to collect your full card details.' },
      { id: 'reply-stop', text: 'Reply to the text asking if it’s genuine', correct: false, explanation: 'A scammer will simply say yes. Check through the carrier’s own channels instead.' },
      { id: 'forward-seller', text: 'Send the link to the seller and ask them to pay it', correct: false, explanation: 'That passes the trap on. Check with the carrier yourself, without using the link.' },
    ],
  },
  {
    id: 'question-prize-signs',
    topic: 'common-scams',
    type: 'question',
    kind: 'multiple',
    prompt: 'A message says you have won a gift from a big shopping site. Which of these are warning signs? Tick all that apply.',
    options: [
      { id: 'fee-to-claim', text: 'You must pay a small fee to release the prize', correct: true, explanation: 'Yes. A real prize never asks you to pay for it.' },
      { id: 'lookalike-link', text: 'The link goes to an address that only looks like the shop’s', correct: true, explanation: 'Yes. Look-alike addresses are how clone sites catch people.' },
      { id: 'never-entered', text: 'You never entered any competition', correct: true, explanation: 'Yes. An unexpected win is a classic opening line.' },
      { id: 'message-exists', text: 'None of these: a message from a famous brand can be trusted', correct: false, explanation: 'No. Anyone can put a famous name on a message. Open the real app yourself to check.' },
    ],
  },
];
