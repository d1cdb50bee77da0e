export type JsonLdProps = { data: Record<string, unknown> };

/**
 * schema.org structured data. JSON-LD must be a script element's raw text, which React can only produce through
 * dangerouslySetInnerHTML; the data is our own build-time content, and "<" is escaped so no text in it can close
 * the script element. This is the one reviewed exception to the SEC-8 lint ban.
 */
export function JsonLd({ data }: JsonLdProps) {
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
  // eslint-disable-next-line react/no-danger
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
