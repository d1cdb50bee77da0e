import type { ReactNode } from 'react';
import { storedItems } from '@/lib/progress/stored-items';
import { siteContact } from '@/lib/site';
import { privacyText } from '@/lib/i18n/en/privacy';
import { publisherToolText } from '@/lib/i18n/en/publisher-tool';

/**
 * The small non-interactive parts that content/pages/*.mdx places by name (components/mdx/page-registry.tsx). Their
 * props are validated at build time by lib/content/page-schema.ts.
 */
type Children = { children: ReactNode };

const warningFrame = 'rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3';

export const Note = ({ children }: Children) => <div className="text-muted">{children}</div>;

export const Warning = ({ children }: Children) => <div className={`${warningFrame} font-medium`}>{children}</div>;

export const JsOnly = ({ children }: Children) => <div className="js-only space-y-8">{children}</div>;

export const NoJs = ({ children }: Children) => <div className={`no-js-only ${warningFrame}`}>{children}</div>;

/** The deployer's address comes from SITE_CONTACT at build time, so the page text never hard-codes one. */
export function Contact({ lead, fallback }: { lead: string; fallback?: string }) {
  if (!siteContact) return fallback ? <p>{fallback}</p> : null;
  return (
    <p>
      {lead} <a href={siteContact}>{siteContact.replace(/^mailto:/, '')}</a>
    </p>
  );
}

export const Terms = ({ children }: Children) => <dl className="space-y-3">{children}</dl>;

export function Term({ name, children }: Children & { name: string }) {
  return (
    <div>
      <dt className="inline font-semibold">{name}: </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}

const card = 'rounded-lg border border-line/50 p-4';
const cardTerm = 'font-mono text-base font-semibold break-all';

/** Cards rather than a table, so they read well on a 320 px phone. */
export function Event({ name, detail, children }: Children & { name: string; detail: string }) {
  return (
    <dl className={card}>
      <dt className={cardTerm}>{name}</dt>
      <dd className="mt-1">{children}</dd>
      <dd className="mt-1">
        <span className="font-semibold">{publisherToolText.eventDetail}: </span>
        <code className="font-mono text-base">{detail}</code>
      </dd>
    </dl>
  );
}

/** Every key Scamwise writes, from the same list the storage end-to-end test checks against (PRV-2). */
export function StoredItems() {
  return (
    <dl className="space-y-4">
      {storedItems.map((item) => (
        <div key={item.key} className={card} data-storage-key={item.key}>
          <dt className={cardTerm}>
            <span className="sr-only">{privacyText.key}: </span>
            {item.key}
          </dt>
          <dd className="mt-2">
            <span className="font-semibold">{privacyText.purpose}: </span>
            {item.purpose}
          </dd>
          <dd className="mt-1">
            <span className="font-semibold">{privacyText.keptUntil}: </span>
            {item.keptUntil}
          </dd>
        </div>
      ))}
    </dl>
  );
}
