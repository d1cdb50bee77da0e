import { format, type Values } from './format';

/** The site's languages. English only for now; a second one (Spanish first) adds its catalogues next to en/. */
export type Locale = 'en';
export const defaultLocale: Locale = 'en';

/**
 * One feature's catalogue in every locale. Each feature has its own (lib/i18n/<feature>.ts), and there is no
 * index of all of them, so a page bundles only the catalogues of the features it shows.
 */
export type Localised<C> = Readonly<Record<Locale, C>>;

/** The keys of a catalogue that hold a message (a string), not a group of them. */
export type MessageKey<C> = { [K in keyof C]: C[K] extends string ? K : never }[keyof C] & string;

/** A message of one feature's catalogue in `locale`, formatted with `values` (lib/i18n/format.ts). */
export function t<C, K extends MessageKey<C>>(
  catalogue: Localised<C>,
  key: K,
  values?: Values,
  locale: Locale = defaultLocale,
): string {
  return format(catalogue[locale][key] as string, values, locale);
}
