/** Where the course is deployed; used for canonical URLs, the sitemap and social cards. Set SITE_URL when building. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** Pages of the site besides the lessons, for the sitemap. An e2e test checks every exported page is listed. */
export const sitePages = [
  '/',
  '/pre-check/',
  '/exam/',
  '/review/',
  '/practice/',
  '/certificate/',
  '/progress/',
  '/about/',
  '/privacy/',
  '/accessibility/',
  '/publishers/',
] as const;

export const absoluteUrl = (path: string) => `${siteUrl}${path}`;

/** Where people report problems (mailto: or https:), set by whoever deploys this copy: SITE_CONTACT. */
export const siteContact =
  process.env.SITE_CONTACT && /^(mailto:|https:\/\/)/.test(process.env.SITE_CONTACT)
    ? process.env.SITE_CONTACT
    : undefined;
