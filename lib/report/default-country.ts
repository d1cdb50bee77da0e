import type { ReportCountry } from './schema';

/**
 * Picks the country whose regions include the region of a browser language tag ("en-GB" → GB), or the fallback.
 * A language without a region ("fr") says nothing about where someone lives, so it gets the fallback too.
 */
export function countryForLanguage(
  language: string | undefined,
  countries: readonly Pick<ReportCountry, 'id' | 'regions'>[],
  fallback: string,
): string {
  let region: string | undefined;
  try {
    region = language ? new Intl.Locale(language).region : undefined;
  } catch {
    region = undefined; // a malformed tag is treated like no tag
  }
  return countries.find((country) => region !== undefined && country.regions.includes(region))?.id ?? fallback;
}
