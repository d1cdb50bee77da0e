import type { EmailData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { FieldLabel, MockFrame, MockLink } from './frame';
import { Part } from './part';

/** An email as a mail client shows it: sender, recipient, subject, body, a button with its real address, footer. */
export function MockEmail({ data }: { data: EmailData }) {
  return (
    <MockFrame kind="email">
      <div className="space-y-1 border-b border-line/40 pb-2">
        <Part id="from" className="block px-1.5 py-1">
          <FieldLabel>{mockText.from}</FieldLabel>
          <span className="font-semibold">{data.fromName}</span>{' '}
          <span className="break-all text-muted">&lt;{data.fromAddress}&gt;</span>
        </Part>
        {data.to && (
          <Part id="to" className="block px-1.5 py-1">
            <FieldLabel>{mockText.to}</FieldLabel>
            {data.to}
          </Part>
        )}
        <Part id="subject" className="block px-1.5 py-1 font-semibold">
          <FieldLabel>{mockText.subject}</FieldLabel>
          {data.subject}
        </Part>
        {data.date && <p className="px-2 text-sm text-muted">{data.date}</p>}
      </div>
      <div className="space-y-1">
        {data.body.map((paragraph) => (
          <Part key={paragraph.id} id={paragraph.id} className="block px-1.5 py-1">
            {paragraph.text}
          </Part>
        ))}
      </div>
      {data.button && (
        <Part id="button" className="block px-1.5 py-1.5">
          {/* A drawing of a button: the real thing would be a link, which a training example must never be. */}
          <span className="inline-block rounded-md bg-accent px-4 py-2 font-semibold text-on-accent">
            {data.button.label}
          </span>
          <span className="mt-1 block text-sm">
            <FieldLabel>{mockText.linkGoesTo}</FieldLabel>
            <MockLink url={data.button.url} />
          </span>
        </Part>
      )}
      {data.footer && (
        <Part id="footer" className="block px-1.5 py-1 text-sm text-muted">
          {data.footer}
        </Part>
      )}
    </MockFrame>
  );
}
