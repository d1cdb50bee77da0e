import { z } from 'zod';
import { idPattern, idRuleMessage, reservedHostPattern } from '@/lib/ids';
import { artefactPartIds, scalarPartNames } from '@/lib/spotter/parts';

/**
 * Schemas for the mock marketplace artefacts (product listing, store card, chat, email, SMS, checkout, tracking,
 * dispute) and for the red-flag exercise (Spotter) built on them. Used for lessons (through lesson-guard) and for
 * the exam pool (lib/exam), so a bad artefact fails the build naming the file and the field.
 *
 * Ids of spots are progress keys (a learner's marks are saved under them): never rename one after publishing.
 */
const id = z
  .string()
  .regex(idPattern, idRuleMessage);
const text = z.string().trim().min(1, 'must not be empty');


export function hostOf(address: string): string {
  const withoutScheme = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const host = withoutScheme.split(/[/?#]/)[0]!.split('@').pop()!;
  return host.replace(/:\d+$/, '').toLowerCase();
}

const mockUrl = text.refine((value) => reservedHostPattern.test(hostOf(value)), {
  message: 'must use a reserved domain (.example, .test, .invalid or example.com/.net/.org), never a real one',
});

const mockEmail = text.refine((value) => /^[^\s@]+@[^\s@]+$/.test(value) && reservedHostPattern.test(hostOf(value)), {
  message: 'must be an email address on a reserved domain (e.g. support@shop.example)',
});

const line = z.strictObject({ id, text });
const lines = (max: number) => z.array(line).min(1).max(max);

/** Our own product drawings (components/spotter/mock/product-art.tsx); optional, guessed from the title if left out. */
const productPictures = ['memory-card', 'phone-case', 'shoes', 'baking-mat', 'earbuds', 'parcel'] as const;
export type ProductPicture = (typeof productPictures)[number];

const listingSchema = z.strictObject({
  kind: z.literal('listing'),
  /** Which drawing stands in for the product photo. */
  picture: z.enum(productPictures).optional(),
  /** The page address, shown in a browser bar. */
  url: mockUrl.optional(),
  title: text,
  price: text,
  /** A crossed-out "was" price. */
  wasPrice: text.optional(),
  /** A discount badge such as "-70%". */
  discount: text.optional(),
  /** Labels such as a delivery programme badge. */
  badges: lines(4).optional(),
  /** Options the buyer picks from, each with its own price. */
  variants: z.array(z.strictObject({ id, label: text, price: text.optional() })).min(1).max(6).optional(),
  store: text,
  /** Star rating, review count and number sold, as shown. */
  rating: text.optional(),
  shipping: text.optional(),
  reviews: z
    .array(z.strictObject({ id, stars: z.number().int().min(1).max(5), author: text.optional(), text, photo: z.boolean().optional() }))
    .min(1)
    .max(5)
    .optional(),
});

const storeSchema = z.strictObject({
  kind: z.literal('store'),
  name: text,
  /** How long the store has been open. */
  opened: text,
  /** The positive-feedback figure. */
  positive: text,
  followers: text.optional(),
  /** Detailed seller ratings (item as described, communication, shipping speed). */
  ratings: z.array(z.strictObject({ id, label: text, score: text })).min(1).max(4).optional(),
  badges: lines(4).optional(),
  /** Notices the store shows, e.g. an announcement. */
  notes: lines(4).optional(),
});

const chatSchema = z.strictObject({
  kind: z.literal('chat'),
  /** The store the buyer is talking to. */
  store: text,
  /** The order the chat is about. */
  order: text.optional(),
  messages: z
    .array(z.strictObject({ id, from: z.enum(['buyer', 'seller', 'platform']), text, time: text.optional(), link: mockUrl.optional() }))
    .min(1)
    .max(10),
});

const emailSchema = z.strictObject({
  kind: z.literal('email'),
  fromName: text,
  fromAddress: mockEmail,
  to: text.optional(),
  subject: text,
  date: text.optional(),
  body: lines(8),
  /** A call-to-action button and the address it points to (revealed on request, as a mail app shows it on hover). */
  button: z.strictObject({ label: text, url: mockUrl }).optional(),
  footer: text.optional(),
  /** Attached files as the mail client lists them (name and size); each is a flaggable part. */
  attachments: z.array(z.strictObject({ id, name: text, size: text.optional() })).min(1).max(4).optional(),
});

const smsSchema = z.strictObject({
  kind: z.literal('sms'),
  /** The number or name the text came from. */
  sender: text,
  messages: z
    .array(
      z.strictObject({
        id,
        text,
        time: text.optional(),
        link: mockUrl.optional(),
        /** The title the phone's link card shows for `link` (the page's own claim); the address shows on request. */
        preview: text.optional(),
      }),
    )
    .min(1)
    .max(6),
});

const checkoutSchema = z.strictObject({
  kind: z.literal('checkout'),
  /** The page address; leave it out for a checkout inside the app, which has no address bar. */
  url: mockUrl.optional(),
  heading: text,
  notes: lines(4).optional(),
  items: z.array(z.strictObject({ id, name: text, price: text })).min(1).max(5).optional(),
  total: text.optional(),
  /** Form fields the page asks for, drawn as inert boxes. */
  fields: z.array(z.strictObject({ id, label: text, value: text.optional() })).min(1).max(8).optional(),
  /** Ways to pay the page offers. */
  methods: lines(6).optional(),
  button: text,
});

const trackingSchema = z.strictObject({
  kind: z.literal('tracking'),
  url: mockUrl.optional(),
  carrier: text.optional(),
  /** The tracking number. */
  number: text,
  status: text,
  /** The order's protection countdown, as the order page shows it. */
  timer: text.optional(),
  events: z.array(z.strictObject({ id, date: text, text })).min(1).max(8),
});

const disputeSchema = z.strictObject({
  kind: z.literal('dispute'),
  order: text.optional(),
  status: text,
  timer: text.optional(),
  events: z.array(z.strictObject({ id, date: text.optional(), from: z.enum(['buyer', 'seller', 'platform']), text })).min(1).max(8),
});

export const artefactSchema = z
  .discriminatedUnion('kind', [
    listingSchema,
    storeSchema,
    chatSchema,
    emailSchema,
    smsSchema,
    checkoutSchema,
    trackingSchema,
    disputeSchema,
  ])
  .superRefine((artefact, ctx) => {
    // Item ids share one namespace with the artefact's fixed parts, because spots point at either.
    const reserved = new Set<string>(scalarPartNames[artefact.kind]);
    const seen = new Set<string>();
    for (const [field, value] of Object.entries(artefact)) {
      if (!Array.isArray(value)) continue;
      value.forEach((item: { id?: string }, index) => {
        if (!item.id) return;
        if (reserved.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `"${item.id}" is the name of a fixed part of a ${artefact.kind}; choose another id` });
        } else if (seen.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `duplicate part id "${item.id}"` });
        }
        seen.add(item.id);
      });
    }
  });

const spotSchema = z.strictObject({
  /** The part of the artefact this spot is: a fixed part name (e.g. "sender") or an item id. A progress key. */
  id,
  /**
   * The part's name in the feedback after checking and in the no-JavaScript answer key. While marking, the list and
   * the toggles use a name made from the part's kind and place instead ("the second message"); keep this one neutral
   * too, naming the part, not the problem.
   */
  label: text.max(80, 'must be at most 80 characters'),
  /** True if this part is a red flag; false for a part that looks suspicious but is normal. */
  flag: z.boolean(),
  /** Why it is, or is not, a red flag. Shown after checking. */
  explanation: text,
});

/** Every spot must point at a part the artefact has, once. */
export function checkSpots(data: { artefact: z.output<typeof artefactSchema>; spots: z.output<typeof spotSchema>[] }, ctx: z.RefinementCtx) {
  const parts = artefactPartIds(data.artefact);
  const seen = new Set<string>();
  data.spots.forEach((spot, index) => {
    if (seen.has(spot.id)) ctx.addIssue({ code: 'custom', path: ['spots', index, 'id'], message: `duplicate spot id "${spot.id}"` });
    seen.add(spot.id);
    if (!parts.includes(spot.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['spots', index, 'id'],
        message: `no part "${spot.id}" in this ${data.artefact.kind}; its parts are ${parts.join(', ')}`,
      });
    }
  });
}

export const spotterFields = {
  /** What the learner is asked, e.g. "This text arrives while you wait for an order." Defaults to a generic prompt. */
  prompt: text.optional(),
  artefact: artefactSchema,
  spots: z.array(spotSchema).min(2, 'needs at least 2 spots, so there is a real choice').max(12),
};

/** A red-flag exercise's artefact and spots (also the shape of an exam Spotter item). */
export const spotterDataSchema = z.strictObject(spotterFields).superRefine(checkSpots);

/** The `<Spotter />` lesson component's props. */
export const spotterPropsSchema = z
  .strictObject({
    /** Progress key of the exercise: unique in the course, never renamed. */
    id,
    /** Accessible name of the exercise; defaults to "Red-flag exercise". */
    title: text.optional(),
    ...spotterFields,
  })
  .superRefine(checkSpots);

export type Artefact = z.output<typeof artefactSchema>;
export type ArtefactKind = Artefact['kind'];
export type Spot = z.output<typeof spotSchema>;
export type SpotterData = z.output<typeof spotterDataSchema>;
export type SpotterProps = z.output<typeof spotterPropsSchema>;
export type ListingData = z.output<typeof listingSchema>;
export type StoreData = z.output<typeof storeSchema>;
export type ChatData = z.output<typeof chatSchema>;
export type EmailData = z.output<typeof emailSchema>;
export type SmsData = z.output<typeof smsSchema>;
export type CheckoutData = z.output<typeof checkoutSchema>;
export type TrackingData = z.output<typeof trackingSchema>;
export type DisputeData = z.output<typeof disputeSchema>;
