import type { Source } from './schema';

/**
 * Which sources a lesson may cite (issue 11): at most `maxSources`, all https, each from a host that is authoritative
 * for its claim. The allow-list names primary sources (the marketplace's own help, regulators, police and consumer
 * bodies); a new host is added here on purpose, in review, rather than slipping in with a lesson.
 */
export const maxSources = 10;

/** Registrable domains whose pages (and subdomains' pages) are primary or authoritative sources. */
const authoritativeHosts = [
  // The marketplace and its payment company: the rules themselves.
  'aliexpress.com',
  'alibaba.com',
  'alipay.com',
  // Regulators, police and governments.
  'ftc.gov',
  'cbp.gov',
  'ic3.gov',
  'usa.gov',
  'consumerfinance.gov',
  'gov.uk',
  'police.uk',
  'ncsc.gov.uk',
  'europa.eu',
  'scamwatch.gov.au',
  'accc.gov.au',
  'cyber.gov.au',
  'antifraudcentre-centreantifraude.ca',
  'fcc.gov',
  'acma.gov.au',
  'nasc.gov.au',
  'canada.ca',
  'econsumer.gov',
  // Consumer bodies and the European Consumer Centres.
  'which.co.uk',
  'citizensadvice.org.uk',
  'eccnet.eu',
  'europe-consommateurs.eu',
  'eccireland.ie',
  'evz.de',
  // Research bodies and test labs, for the findings of their own published tests.
  'itif.org',
  'heise.de',
  // Payment companies, for their own buyer-protection rules.
  'paypal.com',
  'visa.com',
  'mastercard.com',
];

/** Hosts that look like the marketplace's or copy its help text, and state media: never a source. */
const deniedHosts = ['aliexpresshlp.ru', 'guide-aliexpress.com', 'alifaq.org', 'tass.com', 'peopledaily.com.cn', 'chinadaily.com.cn'];

/** The marketplace's own registrable domains; any other host carrying its name is a look-alike. */
const marketplaceDomains = ['aliexpress.com', 'alibaba.com', 'alipay.com'];
const marketplaceNames = /aliexpress|alibaba|alipay/i;

const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

export function sourceProblems(sources: Source[]): string[] {
  const problems: string[] = [];
  if (sources.length > maxSources) problems.push(`has ${sources.length} sources; at most ${maxSources} allowed`);
  for (const source of sources) {
    const url = new URL(source.url);
    const host = url.hostname.toLowerCase();
    if (url.protocol !== 'https:') problems.push(`source ${source.url} is not https`);
    if (deniedHosts.some((denied) => onDomain(host, denied))) {
      problems.push(`source ${source.url} is on the deny-list (look-alike copy or state media)`);
    } else if (marketplaceNames.test(host) && !marketplaceDomains.some((domain) => onDomain(host, domain))) {
      problems.push(`source ${source.url} is a look-alike of the marketplace's domain`);
    } else if (!authoritativeHosts.some((domain) => onDomain(host, domain))) {
      problems.push(
        `source ${source.url}: ${host} is not an authoritative host (lib/content/source-policy.ts); cite a primary source`,
      );
    }
  }
  return problems;
}
