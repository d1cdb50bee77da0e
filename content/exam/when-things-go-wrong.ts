import type { ExamItemInput } from '@/lib/exam/schema';

/** Exam items on lesson 6, "When something goes wrong". Item ids are progress keys. */
export const items: ExamItemInput[] = [
  {
    id: 'verdict-refund-centre-email',
    topic: 'when-things-go-wrong',
    type: 'verdict',
    prompt: 'You opened a dispute about a broken lamp yesterday. This email arrives.',
    artefact: {
      kind: 'email',
      fromName: 'Marketplace Refund Centre',
      fromAddress: 'refunds@refund-centre-support.example',
      subject: 'Your refund of €31.80 is ready',
      body: [
        { id: 'approved', text: 'Good news: your dispute has been approved.' },
        { id: 'details', text: 'To receive the money, confirm your card number, expiry date and security code on our refund page within 48 hours.' },
      ],
      button: { label: 'Claim my refund', url: 'refund-centre-support.example/claim' },
    },
    answer: 'scam',
    explanation:
      'Refunds go back to the way you paid or to your marketplace balance: you never have to give your card details to receive one. Check your dispute’s progress on the order page in the app.',
    cues: ['A refund that needs your full card details', 'A deadline to rush you', 'An address that isn’t the marketplace’s'],
  },
  {
    id: 'verdict-refund-completed-dispute',
    topic: 'when-things-go-wrong',
    type: 'verdict',
    prompt: 'You open your dispute in the app a week after returning a faulty kettle.',
    artefact: {
      kind: 'dispute',
      order: 'Order 8093 3318 · Electric kettle · €24.60',
      status: 'Dispute closed: refund completed',
      events: [
        { id: 'return-received', from: 'seller', date: '9 June', text: 'We have received the returned kettle. Sorry for the trouble.' },
        { id: 'refund-done', from: 'platform', date: '10 June', text: 'Refund of €24.60 completed to your card. Your card provider may take a few more days to show it.' },
      ],
    },
    answer: 'safe',
    explanation:
      'This is the normal end of a return and refund: the seller confirms the return and the marketplace refunds your card. A short delay before your bank shows it is normal. Nothing asks you for anything.',
    cues: ['You opened it yourself in the app', 'The refund goes back to the way you paid', 'It asks for nothing'],
  },
  {
    id: 'spot-close-dispute-chat',
    topic: 'when-things-go-wrong',
    type: 'spotter',
    prompt: 'Your new shoes arrived with a torn seam. You message the seller before opening a dispute.',
    artefact: {
      kind: 'chat',
      store: 'StepRight Shoes Store',
      order: 'Order 8101 5560 · Canvas shoes · Delivered',
      messages: [
        { id: 'buyer-report', from: 'buyer', time: 'Sat 10:04', text: 'The left shoe has a torn seam. Photos attached.' },
        { id: 'seller-sorry', from: 'seller', time: 'Sat 12:30', text: 'We are very sorry. Could you also send a photo of the size label?' },
        { id: 'seller-confirm', from: 'seller', time: 'Sat 12:31', text: 'Please confirm receipt first. After that we will send you a new pair.' },
        { id: 'seller-app', from: 'seller', time: 'Sat 12:32', text: 'For a faster answer, add us on another chat app: +44 7700 900552.' },
      ],
    },
    spots: [
      { id: 'order', label: 'The order line', flag: false, explanation: 'The order line is normal and shows the shoes were delivered.' },
      { id: 'seller-sorry', label: 'The request for a photo of the label', flag: false, explanation: 'Asking for more evidence is fair, and a size-label photo is standard evidence.' },
      { id: 'seller-confirm', label: 'The request to confirm receipt first', flag: true, explanation: 'Confirming releases your money and starts the short window for raising a problem. Don’t confirm until the problem is really fixed.' },
      { id: 'seller-app', label: 'The invitation to another chat app', flag: true, explanation: 'Deals made outside the marketplace can’t be enforced through it. Keep every message on the order page, where it counts as evidence.' },
    ],
  },
  {
    id: 'spot-fair-dispute',
    topic: 'when-things-go-wrong',
    type: 'spotter',
    prompt: 'A dress arrived two sizes smaller than the size chart said. This is your dispute so far.',
    artefact: {
      kind: 'dispute',
      order: 'Order 8117 2043 · Summer dress · US$27.50',
      status: 'Dispute open: refund requested',
      timer: 'Respond to the seller’s offer within 5 days',
      events: [
        { id: 'buyer-evidence', from: 'buyer', date: '3 July', text: 'Chest measures 41 cm flat; the size chart says 47 cm. Photos of the ruler and the size label attached.' },
        { id: 'seller-offer', from: 'seller', date: '4 July', text: 'Sorry! We offer a 40% partial refund if you keep the dress, or a full refund if you return it. We pay the return postage.' },
        { id: 'platform-return', from: 'platform', date: '4 July', text: 'If you choose a return, ship it within the time shown on your order, or the money may go to the seller.' },
      ],
    },
    spots: [
      { id: 'timer', label: 'The deadline to respond', flag: false, explanation: 'Deadlines in your dispute are the ones to follow. This one is shown by the marketplace itself.' },
      { id: 'buyer-evidence', label: 'Your evidence', flag: false, explanation: 'Measuring the item flat with a ruler and photographing the label is exactly the evidence the marketplace asks for.' },
      { id: 'seller-offer', label: 'The seller’s offer', flag: false, explanation: 'A partial refund to keep the item, or a return for a full refund with the store paying postage, are the normal outcomes for an item not as described.' },
      { id: 'platform-return', label: 'The note about sending a return', flag: false, explanation: 'Returns do have a deadline, so this reminder is genuine and useful.' },
    ],
  },
  {
    id: 'scenario-report-uk-text',
    topic: 'when-things-go-wrong',
    type: 'question',
    kind: 'single',
    scenario: 'You live in England and receive a fake parcel text. You didn’t tap the link.',
    prompt: 'What is a good way to report it?',
    options: [
      { id: 'forward-7726', text: 'Forward the text to 7726, then delete it', correct: true, explanation: 'Right. 7726 is the UK number for reporting scam texts. If you had lost money, you would also report it to Report Fraud.' },
      { id: 'reply-stop', text: 'Reply STOP to the sender', correct: false, explanation: 'Replying tells the scammer your number is active. Forward it to 7726 instead.' },
      { id: 'tap-to-check', text: 'Tap the link to see if it’s real before reporting', correct: false, explanation: 'Never tap the link. You can report without opening it.' },
      { id: 'nothing', text: 'Nothing: reporting texts doesn’t help', correct: false, explanation: 'Reports help networks and police block scam senders and warn others.' },
    ],
  },
  {
    id: 'question-size-evidence',
    topic: 'when-things-go-wrong',
    type: 'question',
    kind: 'multiple',
    prompt: 'Your jacket arrived far smaller than the listing’s size chart. Which of these help your dispute? Tick all that apply.',
    options: [
      { id: 'measure-flat', text: 'Measuring it laid flat with a ruler and photographing the measurement', correct: true, explanation: 'Yes. That is the marketplace’s own advice for a wrong size.' },
      { id: 'label-photo', text: 'A photo of the size label', correct: true, explanation: 'Yes. It shows which size you were sent.' },
      { id: 'chat-record', text: 'Your messages with the seller on the order page', correct: true, explanation: 'Yes. Chats on the platform count as evidence.' },
      { id: 'threaten-review', text: 'Telling the seller you’ll leave one star unless they pay extra', correct: false, explanation: 'No. Threatening a bad review to get extras is against the rules and can cost you your buying privileges.' },
    ],
  },
];
