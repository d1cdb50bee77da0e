import type { EmailData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { FieldLabel, MockFrame } from './frame';
import { TextPart } from './part-box';
import type { MockKit } from './kit';

/**
 * An email as a generic mail client shows it: toolbar, the sender with an avatar, the "to" line, subject, body,
 * a button whose real address the learner can reveal, attachments and footer.
 */
export function MockEmail({ data, kit }: { data: EmailData; kit: MockKit }) {
  const { Part, LinkPreview } = kit;
  return (
    <MockFrame kind="email">
      <div aria-hidden="true" className="flex items-center gap-4 border-b border-line/40 px-2 pb-1.5 text-muted">
        <span className="text-sm font-semibold">‹ {mockText.inbox}</span>
        <span className="ml-auto flex gap-3">
          {['M4 7h16M6 7v12h12V7M9 4h6', 'M4 6h16v12H4zM4 6l8 7 8-7', 'M5 12h14M12 5l7 7-7 7'].map((d) => (
            <svg key={d} viewBox="0 0 24 24" className="size-5 fill-none stroke-current" strokeWidth="1.8">
              <path d={d} />
            </svg>
          ))}
        </span>
      </div>
      <div className="flex items-start gap-2">
        <span
          aria-hidden="true"
          className="mt-1 flex size-10 shrink-0 items-center justify-center rounded-full bg-mock-mail text-lg font-bold text-on-mock-mail"
        >
          {data.fromName.slice(0, 1).toUpperCase()}
        </span>
        <div className="min-w-0 flex-1">
          <Part id="from" className="block px-1.5 py-0.5">
            <span className="sr-only">{mockText.from}: </span>
            <span className="font-semibold">{data.fromName}</span>{' '}
            <span className="break-all text-sm text-muted">&lt;{data.fromAddress}&gt;</span>
          </Part>
          {data.to && (
            <Part id="to" className="block px-1.5 py-0.5 text-sm text-muted">
              <FieldLabel>{mockText.toMe}</FieldLabel>
              <span className="break-all">{data.to}</span>
            </Part>
          )}
          {data.date && <p className="px-1.5 text-sm text-muted">{data.date}</p>}
        </div>
      </div>
      <Part id="subject" className="block px-1.5 py-1 text-xl font-bold">
        <span className="sr-only">{mockText.subject}: </span>
        {data.subject}
      </Part>
      <div className="space-y-1 pt-1">
        {data.body.map((paragraph) => (
          <Part key={paragraph.id} id={paragraph.id} className="block px-1.5 py-1">
            {paragraph.text}
          </Part>
        ))}
      </div>
      {data.button && (
        <Part id="button" flow className="block px-1.5 py-1.5">
          {/* A drawing of the sender's button, whose address shows only on request, as a mail app shows it on hover. */}
          <LinkPreview url={data.button.url}>
            <span className="inline-block rounded bg-mock-mail px-5 py-2.5 font-bold uppercase tracking-wide text-on-mock-mail">
              {data.button.label}
            </span>
          </LinkPreview>
        </Part>
      )}
      {data.attachments && (
        <div className="border-t border-line/40 pt-2">
          <p className="px-1.5 text-sm font-semibold text-muted">{mockText.attachments}</p>
          <div className="grid gap-1 min-[420px]:grid-cols-2">
            {data.attachments.map((file) => (
              <Part key={file.id} id={file.id} className="flex items-center gap-2 bg-surface px-2 py-1.5">
                <svg
                  aria-hidden="true"
                  viewBox="0 0 24 24"
                  className="size-6 shrink-0 fill-none stroke-current text-muted"
                  strokeWidth="1.6"
                >
                  <path d="M6 2h8l5 5v15H6zM14 2v5h5" />
                </svg>
                <span className="min-w-0">
                  <span className="block break-all text-sm font-semibold">{file.name}</span>
                  {file.size && <span className="block text-xs text-muted">{file.size}</span>}
                </span>
              </Part>
            ))}
          </div>
        </div>
      )}
      <TextPart
        kit={kit}
        id="footer"
        text={data.footer}
        className="block border-t border-line/40 px-1.5 py-1 text-sm text-muted"
      />
    </MockFrame>
  );
}
