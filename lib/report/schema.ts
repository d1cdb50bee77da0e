import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

const reportServiceSchema = z.strictObject({
  name: text,
  /** Left out only for a service with no single national address (e.g. "your national police"). */
  url: httpsUrl.optional(),
  phone: text.optional(),
  email: z.email('must be an email address').optional(),
  /** One plain sentence: what to report there. */
  what: text,
});

const reportCountrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]{2,10}$/, 'must be a short lowercase id such as "uk"'),
    name: text,
    /** ISO 3166 region codes whose browser language (e.g. en-GB) picks this country by default. */
    regions: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter region code such as "GB"')),
    services: z.array(reportServiceSchema).min(1),
    /** Where the addresses were checked. */
    source: httpsUrl,
  })
  .refine((country) => country.services.some((service) => service.url), {
    message: 'needs at least one official https reporting address',
    path: ['services'],
  });

export const whereToReportSchema = z
  .strictObject({
    reviewed: z.iso.date('must be a date like 2026-12-01'),
    /** The country shown when the browser's language names no listed region. */
    fallback: z.string(),
    countries: z.array(reportCountrySchema).min(1),
  })
  .superRefine((data, ctx) => {
    const ids = data.countries.map((country) => country.id);
    if (!ids.includes(data.fallback))
      ctx.addIssue({ code: 'custom', path: ['fallback'], message: `"${data.fallback}" is not a country id` });
    const seen = new Map<string, string>();
    data.countries.forEach((country, index) => {
      if (ids.indexOf(country.id) !== index)
        ctx.addIssue({ code: 'custom', path: ['countries', index, 'id'], message: `"${country.id}" is used twice` });
      country.regions.forEach((region, r) => {
        const owner = seen.get(region);
        if (owner)
          ctx.addIssue({
            code: 'custom',
            path: ['countries', index, 'regions', r],
            message: `"${region}" already belongs to "${owner}"`,
          });
        seen.set(region, country.id);
      });
    });
  });

export type ReportCountry = z.output<typeof reportCountrySchema>;
export type WhereToReport = z.output<typeof whereToReportSchema>;

/** Every host a reader sees in the routes (links and email domains), for the rendered-address check (CNT-3). */
export function reportHosts(data: WhereToReport): string[] {
  return data.countries.flatMap((country) =>
    country.services.flatMap((service) => [
      ...(service.url ? [new URL(service.url).host] : []),
      ...(service.email ? [service.email.split('@')[1]!] : []),
    ]),
  );
}
