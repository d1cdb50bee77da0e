import { describe, expect, test } from 'vitest';
import { artefactPartIds, inDrawOrder } from '@/lib/spotter/parts';
import { artefactSchema, hostOf, spotterDataSchema, spotterPropsSchema, type Artefact } from './artefact-schema';

/** One small, valid artefact of every kind: the mock kit's whole vocabulary. */
const samples: Artefact[] = [
  {
    kind: 'listing',
    url: 'shop.example/item/1',
    title: 'Wireless earbuds',
    price: '€2.49',
    wasPrice: '€8.30',
    discount: '-70%',
    variants: [{ id: 'case-only', label: 'Charging case only', price: '€2.49' }],
    store: 'Sound Corner Store',
    rating: '4.8 · 1,204 reviews',
    reviews: [{ id: 'review-1', stars: 2, text: 'Only the case arrived.' }],
  },
  { kind: 'store', name: 'Sound Corner Store', opened: 'Open 6 years', positive: '97.8% positive feedback', ratings: [{ id: 'as-described', label: 'Item as described', score: '4.8' }] },
  { kind: 'chat', store: 'Sound Corner Store', messages: [{ id: 'msg-1', from: 'seller', text: 'Please confirm receipt now.' }] },
  { kind: 'email', fromName: 'Support', fromAddress: 'help@support.example', subject: 'Order shipped', body: [{ id: 'p1', text: 'Your order is on its way.' }] },
  { kind: 'sms', sender: '+44 7700 900123', messages: [{ id: 'text-1', text: 'Fee due.', link: 'parcel-fees.test/pay' }] },
  { kind: 'checkout', url: 'https://pay.example.com/checkout', heading: 'Pay', button: 'Pay now' },
  { kind: 'tracking', number: 'LP00123456789CN', status: 'In transit', events: [{ id: 'ev-1', date: '3 Mar', text: 'Accepted by carrier' }] },
  { kind: 'dispute', status: 'Dispute open', events: [{ id: 'ev-1', from: 'buyer', text: 'The item never arrived.' }] },
];

describe('artefactSchema', () => {
  test.each(samples.map((sample) => [sample.kind, sample] as const))('accepts a valid %s', (_kind, sample) => {
    expect(artefactSchema.safeParse(sample).success).toBe(true);
  });

  test.each([
    ['a .com address in a text link', { kind: 'sms', sender: 'x', messages: [{ id: 'a', text: 'x', link: 'parcel-fees.com/pay' }] }, ['messages', 0, 'link']],
    ['a real domain hidden after a reserved-looking one', { kind: 'checkout', url: 'pay.example.com.evil.net/x', heading: 'x', button: 'x' }, ['url']],
    ['a sender email on a real domain', { kind: 'email', fromName: 'x', fromAddress: 'help@aliexpress.com', subject: 'x', body: [{ id: 'a', text: 'x' }] }, ['fromAddress']],
    ['an item id that is the name of a fixed part', { kind: 'chat', store: 'x', messages: [{ id: 'store', from: 'seller', text: 'x' }] }, ['messages', 0, 'id']],
    ['two items with the same id', { kind: 'dispute', status: 'x', events: [{ id: 'a', from: 'buyer', text: 'x' }, { id: 'a', from: 'seller', text: 'y' }] }, ['events', 1, 'id']],
    ['an unknown kind', { kind: 'poster', title: 'x' }, ['kind']],
  ])('refuses %s, naming the field', (_name, value, path) => {
    const result = artefactSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });

  test('hostOf finds the host behind a scheme, a user, a port and a path', () => {
    expect(hostOf('https://user@Pay.Example:8080/x?y#z')).toBe('pay.example');
    expect(hostOf('parcel-fees.test/pay')).toBe('parcel-fees.test');
    expect(hostOf('help@support.example')).toBe('support.example');
  });
});

describe('artefactPartIds', () => {
  test('lists the parts present, top to bottom as the mock kit draws them', () => {
    expect(artefactPartIds(samples[0]!)).toEqual(['url', 'title', 'price', 'discount', 'rating', 'case-only', 'store', 'review-1']);
    expect(artefactPartIds(samples[3]!)).toEqual(['from', 'subject', 'p1']);
  });
});

test('inDrawOrder sorts spots by where their parts are drawn, whatever order the author listed them in', () => {
  const spots = [{ id: 'review-1' }, { id: 'store' }, { id: 'title' }];
  expect(inDrawOrder(spots, samples[0]!).map((spot) => spot.id)).toEqual(['title', 'store', 'review-1']);
});

describe('spotter data', () => {
  const email = samples[3]!;
  const spot = (id: string, flag: boolean) => ({ id, label: `The ${id}`, flag, explanation: 'Because.' });

  test('accepts spots that point at parts of the artefact, including an all-normal (genuine) set', () => {
    expect(spotterDataSchema.safeParse({ artefact: email, spots: [spot('from', true), spot('p1', false)] }).success).toBe(true);
    expect(spotterDataSchema.safeParse({ artefact: email, spots: [spot('from', false), spot('p1', false)] }).success).toBe(true);
  });

  test('refuses a spot for a part the artefact does not have, listing the parts it has', () => {
    const result = spotterPropsSchema.safeParse({ id: 'x', artefact: email, spots: [spot('from', true), spot('button', true)] });
    expect(result.error!.issues[0]).toMatchObject({ path: ['spots', 1, 'id'], message: 'no part "button" in this email; its parts are from, subject, p1' });
  });

  test('refuses a duplicate spot and a single-spot exercise', () => {
    expect(spotterDataSchema.safeParse({ artefact: email, spots: [spot('from', true), spot('from', false)] }).error!.issues[0]!.path).toEqual(['spots', 1, 'id']);
    expect(spotterDataSchema.safeParse({ artefact: email, spots: [spot('from', true)] }).error!.issues[0]!.path).toEqual(['spots']);
  });
});
