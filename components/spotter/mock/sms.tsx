import type { SmsData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { MockFrame } from './frame';
import { GlobeIcon, LinkText } from './link-preview-view';
import type { MockKit } from './kit';

/**
 * A phone's text-message screen inside a drawn phone: status bar, the sender line, message bubbles with the link
 * card a phone draws for an address, and the reply box. A generic phone, no real brand's look.
 */
export function MockSms({ data, kit }: { data: SmsData; kit: MockKit }) {
  const { Part, LinkPreview } = kit;
  return (
    <MockFrame kind="sms">
      <div className="mx-auto w-full max-w-sm rounded-[2rem] border-[6px] border-ink/80 bg-page p-1 shadow-sm">
        <div aria-hidden="true" className="flex items-center justify-between px-4 pt-1 text-xs font-semibold">
          <span>9:41</span>
          <span className="h-4 w-16 rounded-full bg-ink/80" />
          <span className="flex items-end gap-0.5">
            {[1, 2, 3, 4].map((n) => (
              <span key={n} className="w-1 rounded-sm bg-ink" style={{ height: `${n * 3}px` }} />
            ))}
          </span>
        </div>
        <div className="flex items-center gap-2 border-b border-line/40 px-2 py-1.5">
          <span aria-hidden="true" className="text-2xl leading-none text-accent">
            ‹
          </span>
          <Part id="sender" className="flex min-w-0 flex-1 items-center gap-2 px-1.5 py-1">
            <span
              aria-hidden="true"
              className="flex size-9 shrink-0 items-center justify-center rounded-full bg-mock-bubble text-muted"
            >
              <svg viewBox="0 0 20 20" className="size-5 fill-current">
                <circle cx="10" cy="7" r="3.5" />
                <path d="M3 17c0-3.5 3-5.5 7-5.5s7 2 7 5.5z" />
              </svg>
            </span>
            <span className="min-w-0">
              <span className="block text-xs text-muted">{mockText.textFrom}</span>
              <span className="block font-semibold [overflow-wrap:anywhere]">{data.sender}</span>
            </span>
          </Part>
        </div>
        <div className="space-y-2 px-2 py-3">
          {data.messages.map((message) => (
            <div key={message.id} className="pr-4 min-[420px]:pr-8">
              {message.time && <p className="pb-1 text-center text-xs text-muted">{message.time}</p>}
              <Part
                id={message.id}
                flow={Boolean(message.link)}
                className="block rounded-2xl rounded-bl-sm bg-mock-bubble px-3 py-2"
              >
                <span className="block">{message.text}</span>
                {message.link && (
                  // The card a phone draws for a link: the title is the page's own claim; the address is one step away.
                  <LinkPreview url={message.link}>
                    <span className="mt-2 block overflow-hidden rounded-xl border border-line/40 bg-page">
                      <span aria-hidden="true" className="flex h-14 items-center justify-center bg-surface text-muted">
                        <GlobeIcon className="size-7" />
                      </span>
                      <LinkText tone="px-2.5 py-1.5 text-sm font-semibold text-accent">
                        {message.preview ?? mockText.linkCardFallback}
                      </LinkText>
                    </span>
                  </LinkPreview>
                )}
              </Part>
            </div>
          ))}
        </div>
        <div aria-hidden="true" className="flex items-center gap-2 px-2 pb-3">
          <span className="flex-1 rounded-full border border-line/60 px-3 py-1.5 text-sm text-muted">
            {mockText.replyBox}
          </span>
        </div>
      </div>
    </MockFrame>
  );
}
