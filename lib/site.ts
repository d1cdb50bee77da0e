/** Where the course is deployed; used for canonical URLs. Set SITE_URL when building for a real host. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
