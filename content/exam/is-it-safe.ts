import type { ExamItemInput } from '@/lib/exam/schema';

/** Exam items on lesson 2, "Is it safe? How your money is protected". Item ids are progress keys. */
export const items: ExamItemInput[] = [
  {
    id: 'verdict-extend-protection-email',
    topic: 'is-it-safe',
    type: 'verdict',
    prompt: 'Your order is late. This email arrives the same morning.',
    artefact: {
      kind: 'email',
      fromName: 'Buyer Protection Team',
      fromAddress: 'protect@buyer-protection-centre.example',
      subject: 'Your protection expires today',
      date: 'Today, 06:40',
      body: [
        { id: 'warning', text: 'The Buyer Protection on your order ends tonight.' },
        { id: 'instruction', text: 'To extend it for 60 days, confirm receipt of your order and enter your card number on our secure page.' },
      ],
      button: { label: 'Extend my protection', url: 'buyer-protection-centre.example/extend' },
    },
    answer: 'scam',
    explanation:
      'Confirming receipt does the opposite of extending protection: it releases your money to the seller. The email comes from an address that isn’t the marketplace’s and asks for your card number. Check the timer on your order in the app, and open a dispute there before it runs out.',
    cues: ['Confirming receipt ends protection, it never extends it', 'A sender address that isn’t the marketplace’s', 'A request for your card number'],
  },
  {
    id: 'verdict-honest-delay-chat',
    topic: 'is-it-safe',
    type: 'verdict',
    prompt: 'Your rain jacket is taking longer than expected. You message the seller and get this reply.',
    artefact: {
      kind: 'chat',
      store: 'Northwind Outdoor Store',
      order: 'Order 8044 1190 · Rain jacket · Shipped',
      messages: [
        { id: 'buyer-asks', from: 'buyer', time: 'Tue 09:12', text: 'Hi, my jacket still hasn’t arrived. Do you know where it is?' },
        { id: 'seller-explains', from: 'seller', time: 'Tue 11:30', text: 'Sorry for the wait. The tracking shows it is at customs in your country. Please keep an eye on the protection timer on your order page.' },
        { id: 'seller-option', from: 'seller', time: 'Tue 11:31', text: 'If it hasn’t arrived before the timer runs low, you can open a dispute and we will refund you.' },
      ],
    },
    answer: 'safe',
    explanation:
      'This is how a good seller behaves: it explains the delay, points you to your own order’s timer and reminds you that you can open a dispute in time. Nothing asks you to pay, confirm receipt or leave the marketplace.',
    cues: ['It points you to the timer on your own order', 'It asks for nothing: no payment, no early confirmation', 'The chat stays on the marketplace'],
  },
  {
    id: 'spot-wait-for-timer-chat',
    topic: 'is-it-safe',
    type: 'spotter',
    prompt: 'Your order is late, and the timer on your order page shows 2 days of Buyer Protection left. Then these messages arrive.',
    artefact: {
      kind: 'chat',
      store: 'Gadget Bay Store',
      order: 'Order 8052 7734 · Bluetooth speaker · Buyer Protection: 2 days left',
      messages: [
        { id: 'customs-delay', from: 'seller', time: 'Thu 08:02', text: 'Hello, sorry, the parcel is slow because customs is busy this month.' },
        { id: 'wait-more', from: 'seller', time: 'Thu 08:03', text: 'Please be patient and wait 30 more days. It will come for sure.' },
        { id: 'no-dispute', from: 'seller', time: 'Thu 08:04', text: 'Please don’t open a dispute, or our small shop will be closed. Trust us, friend.' },
        { id: 'platform-timer', from: 'platform', text: 'You can open a dispute from your order page until Buyer Protection ends.' },
      ],
    },
    spots: [
      { id: 'order', label: 'The order line with the timer', flag: false, explanation: 'This is your own order’s timer: the number to follow, whatever anyone says.' },
      { id: 'customs-delay', label: 'The message about customs', flag: false, explanation: 'Customs delays do happen, so on its own this is an ordinary explanation.' },
      { id: 'wait-more', label: 'The request to wait 30 more days', flag: true, explanation: 'Waiting 30 days would take you well past your 2 days of protection. Some sellers ask buyers to wait until protection runs out, then stop replying.' },
      { id: 'no-dispute', label: 'The plea not to open a dispute', flag: true, explanation: 'Guilt and pressure to give up your protection are warning signs. Opening a dispute in time is the normal, fair process.' },
      { id: 'platform-timer', label: 'The marketplace’s note', flag: false, explanation: 'The marketplace’s own note tells you exactly what to do: open a dispute before the timer ends.' },
    ],
  },
  {
    id: 'spot-payment-received-email',
    topic: 'is-it-safe',
    type: 'spotter',
    prompt: 'You ordered a kettle in the app ten minutes ago. This email arrives.',
    artefact: {
      kind: 'email',
      fromName: 'Marketplace Orders',
      fromAddress: 'no-reply@orders.marketplace.example',
      subject: 'Payment received for order 8061 2205',
      date: 'Today, 19:42',
      body: [
        { id: 'paid', text: 'We’ve received your payment of €23.10 for an electric kettle.' },
        { id: 'held', text: 'We hold your payment until you confirm receipt or the protection period on your order ends.' },
        { id: 'where', text: 'You can follow your order in the app under Orders.' },
      ],
      footer: 'We will never ask for your password or card details by email.',
    },
    spots: [
      { id: 'from', label: 'The sender', flag: false, explanation: 'It matches the marketplace you ordered from, and the email arrives just after you ordered.' },
      { id: 'paid', label: 'The payment details', flag: false, explanation: 'The amount and item match the order you just placed.' },
      { id: 'held', label: 'How your payment is held', flag: false, explanation: 'This is exactly how the hold works: your money waits until you confirm receipt or protection ends.' },
      { id: 'where', label: 'Where to follow the order', flag: false, explanation: 'It sends you to the app, not to a link. That’s the habit to keep.' },
      { id: 'footer', label: 'The note at the bottom', flag: false, explanation: 'A reminder that they never ask for passwords or card details by email is normal and good advice.' },
    ],
  },
  {
    id: 'scenario-delivered-not-received',
    topic: 'is-it-safe',
    type: 'question',
    kind: 'single',
    scenario: 'Your tracking says “Delivered” yesterday, but nothing came to your door and your neighbours haven’t seen it.',
    prompt: 'What should you do first?',
    options: [
      { id: 'act-fast', text: 'Act quickly: ask your local carrier for its delivery record, message the seller and open a dispute before the timer runs out', correct: true, explanation: 'Right. A not-received claim can fail if the carrier’s records show delivery, so get the carrier’s paperwork and act while your protection lasts.' },
      { id: 'wait-weeks', text: 'Wait a few weeks in case it turns up', correct: false, explanation: 'Waiting lets your protection timer run down. A “delivered” status makes it more urgent, not less.' },
      { id: 'confirm-receipt', text: 'Confirm receipt, since the tracking says delivered', correct: false, explanation: 'No. Confirming releases your money to the seller when you don’t have the item.' },
      { id: 'nothing-to-do', text: 'Nothing: once tracking says delivered, you can’t claim', correct: false, explanation: 'Not so. It makes a claim harder, which is why evidence from your local carrier helps.' },
    ],
  },
  {
    id: 'question-covered-situations',
    topic: 'is-it-safe',
    type: 'question',
    kind: 'multiple',
    prompt: 'You paid at the marketplace checkout. Which of these does Buyer Protection normally cover? Tick all that apply.',
    options: [
      { id: 'wrong-size', text: 'Trousers that arrive far smaller than the listing’s size chart says', correct: true, explanation: 'Yes. An item clearly different from the listing counts as not as described.' },
      { id: 'never-arrived', text: 'A parcel that never arrives, when you open a dispute before the protection timer ends', correct: true, explanation: 'Yes. Non-delivery can get you a full refund, as long as you open the dispute before the timer on your order ends.' },
      { id: 'dropped-it', text: 'A phone case you dropped and cracked yourself', correct: false, explanation: 'No. Damage you caused isn’t covered.' },
      { id: 'paid-transfer', text: 'Extra money you sent the seller by bank transfer when they asked', correct: false, explanation: 'No. Money paid outside the checkout isn’t covered, and the marketplace can’t get it back.' },
    ],
  },
];
