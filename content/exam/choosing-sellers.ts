import type { ExamItemInput } from '@/lib/exam/schema';

/** Exam items on lesson 3, "Choosing established sellers". Item ids are progress keys. */
export const items: ExamItemInput[] = [
  {
    id: 'verdict-new-brand-store',
    topic: 'choosing-sellers',
    type: 'verdict',
    prompt: 'You want a designer handbag and find this store.',
    artefact: {
      kind: 'store',
      name: 'Designer Official Brand Outlet',
      opened: 'Open 2 months',
      positive: '100% positive feedback',
      followers: '87 followers',
      notes: [
        { id: 'sale-note', text: 'All designer bags 100% original, up to 90% below shop prices.' },
        { id: 'contact-note', text: 'Message us on WhatsApp for an extra discount.' },
      ],
    },
    answer: 'scam',
    explanation:
      'Genuine designer goods far below the normal price are almost always fakes, and “Official” in a store name proves nothing. A new store has little record to judge, and an offer to deal on another app would take you outside buyer protection.',
    cues: ['Branded goods at up to 90% off', '“Official” in the name proves nothing', 'An invitation to deal off the marketplace'],
  },
  {
    id: 'verdict-genuine-phone-case',
    topic: 'choosing-sellers',
    type: 'verdict',
    prompt: 'You need a cheap, unbranded case for your phone and find this listing.',
    artefact: {
      kind: 'listing',
      title: 'Clear silicone phone case with raised edges',
      price: '€3.20',
      store: 'CaseHouse Store',
      rating: '4.8 · 3,412 reviews · 10,000+ sold',
      shipping: 'Estimated delivery 10–20 days',
      reviews: [
        { id: 'review-fit', stars: 5, author: 'J***e', photo: true, text: 'Fits my phone perfectly, same as the pictures.' },
        { id: 'review-yellow', stars: 3, author: 'R***o', photo: true, text: 'Good fit, but it went a bit yellow after two months.' },
      ],
    },
    answer: 'safe',
    explanation:
      'A low price is normal for an unbranded item like this. The store has thousands of reviews, buyers have posted photos, and the mixed review describes a specific, honest fault. That’s what a well-established listing looks like.',
    cues: ['No brand name, so a low price makes sense', 'Many reviews with buyer photos', 'A mid-star review with specific detail'],
  },
  {
    id: 'spot-authorized-phone-store',
    topic: 'choosing-sellers',
    type: 'spotter',
    prompt: 'You are looking for a new phone from a big brand and open this store’s page.',
    artefact: {
      kind: 'store',
      name: 'PhoneCity Authorized Flagship Store',
      opened: 'Open 4 months',
      positive: '99.8% positive feedback',
      followers: '310 followers',
      ratings: [
        { id: 'as-described', label: 'Item as described', score: '4.9' },
        { id: 'communication', label: 'Communication', score: '4.9' },
      ],
      notes: [
        { id: 'price-note', text: 'All brand phones 100% original, 70% below shop prices.' },
        { id: 'review-note', text: 'Leave 5 stars with photos and get US$10 back. Send your screenshot to us on our chat app.' },
      ],
    },
    spots: [
      { id: 'name', label: 'The store’s name', flag: true, explanation: '“Authorized” or “Official” in a name proves nothing: any seller can choose it, and stores with such names have been caught selling fakes.' },
      { id: 'followers', label: 'The number of followers', flag: false, explanation: 'A small following is normal for a newer store. It isn’t a red flag on its own.' },
      { id: 'as-described', label: 'The “item as described” rating', flag: false, explanation: 'A high rating is a good sign in itself, though it can’t outweigh the notices below it.' },
      { id: 'price-note', label: 'The notice about prices', flag: true, explanation: 'Big brands protect their prices. Branded phones far below the usual price are almost always fakes.' },
      { id: 'review-note', label: 'The offer for a five-star review', flag: true, explanation: 'Paying for reviews breaks the marketplace’s rules, and the money would be sent outside the marketplace. It also means the store’s ratings may be bought.' },
    ],
  },
  {
    id: 'spot-honest-baking-listing',
    topic: 'choosing-sellers',
    type: 'spotter',
    prompt: 'You want some baking mats and find this listing.',
    artefact: {
      kind: 'listing',
      title: 'Silicone baking mat set, 3 pieces, reusable',
      price: '€6.80',
      store: 'KitchenJoy Store',
      rating: '4.7 · 1,876 reviews · 8,000+ sold',
      variants: [
        { id: 'one-mat', label: '1 mat', price: '€2.90' },
        { id: 'three-mats', label: '3 mats', price: '€6.80' },
      ],
      reviews: [
        { id: 'review-pictured', stars: 4, author: 'S***a', photo: true, text: 'Exactly as pictured. Thinner than I expected but works well.' },
        { id: 'review-bent', stars: 2, author: 'L***s', text: 'One mat arrived bent. It flattened after a day, and the seller replied quickly.' },
      ],
    },
    spots: [
      { id: 'price', label: 'The headline price', flag: false, explanation: 'The headline price matches the 3-mat set in the title, so there’s no bait price here.' },
      { id: 'one-mat', label: 'The single-mat option', flag: false, explanation: 'A cheaper option for one mat is honest and clearly labelled.' },
      { id: 'rating', label: 'The rating and sales', flag: false, explanation: 'Thousands of reviews and sales give you a long record to judge.' },
      { id: 'review-bent', label: 'The two-star review', flag: false, explanation: 'A specific complaint, with a note that the seller replied, is useful information rather than a red flag.' },
    ],
  },
  {
    id: 'scenario-compare-stores',
    topic: 'choosing-sellers',
    type: 'question',
    kind: 'single',
    scenario:
      'Two stores sell the same desk lamp. Store A has been open 6 years, has 97% positive feedback and detailed ratings of 4.7 to 4.8. Store B opened 2 months ago, shows 100% positive feedback from 8 ratings and is 30% cheaper.',
    prompt: 'Which is the safer choice, and why?',
    options: [
      { id: 'store-a', text: 'Store A: its long record and detailed ratings tell you much more about how buyers got on', correct: true, explanation: 'Right. Years of sales and good ratings on all three points give you a real track record. Eight ratings tell you very little.' },
      { id: 'store-b-perfect', text: 'Store B: 100% is better than 97%', correct: false, explanation: 'A perfect score from 8 ratings tells you far less than 97% from years of sales. No store pleases everyone forever.' },
      { id: 'store-b-cheaper', text: 'Store B: the lower price makes it the better deal', correct: false, explanation: 'A lower price doesn’t tell you whether the lamp will match the listing or arrive at all.' },
    ],
  },
  {
    id: 'question-useful-checks',
    topic: 'choosing-sellers',
    type: 'question',
    kind: 'multiple',
    prompt: 'Which of these tell you most about whether a listing will match what arrives? Tick all that apply.',
    options: [
      { id: 'buyer-photos', text: 'Photos posted by buyers in the reviews', correct: true, explanation: 'Yes. They show what people actually received.' },
      { id: 'low-star-reviews', text: 'The one- to three-star reviews', correct: true, explanation: 'Yes. They often name specific faults, and the same complaint repeated is a pattern.' },
      { id: 'as-described-rating', text: 'The store’s “item as described” rating', correct: true, explanation: 'Yes. It’s past buyers’ verdict on exactly this question.' },
      { id: 'store-name', text: 'A store name with “Official” in it', correct: false, explanation: 'No. Sellers choose their own names.' },
      { id: 'discount-badge', text: 'A large discount badge', correct: false, explanation: 'No. “Was” prices can be invented, so a badge proves nothing.' },
    ],
  },
];
