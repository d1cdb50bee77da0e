import type { ChatData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { MockFrame } from './frame';
import { LinkText } from './link-preview-view';
import { TextPart } from './part-box';
import { t } from '@/lib/i18n/t';
import { mockMessages } from '@/lib/i18n/mock';
import type { MockKit } from './kit';

// The indent sits on a wrapper, so a bubble that is a button can still fill its row.
const indent = { seller: 'pr-6', buyer: 'pl-6', platform: 'px-4' } as const;
const bubble = {
  seller: 'block bg-surface px-3 py-2',
  buyer: 'block bg-accent px-3 py-2 text-on-accent',
  platform: 'block px-3 py-1 text-center text-sm text-muted',
} as const;

/** A buyer–seller chat on the marketplace: the store, the order it is about, and the messages. */
export function MockChat({ data, kit }: { data: ChatData; kit: MockKit }) {
  const { Part, LinkPreview } = kit;
  return (
    <MockFrame kind="chat">
      <div className="border-b border-line/40 pb-2">
        <Part id="store" className="block px-1.5 py-1 font-semibold">
          {t(mockMessages, 'chatWith', { store: data.store })}
        </Part>
        <TextPart kit={kit} id="order" text={data.order} className="block px-1.5 py-1 text-sm text-muted" />
      </div>
      <div className="space-y-2">
        {data.messages.map((message) => (
          <div key={message.id} className={indent[message.from]}>
            <Part id={message.id} flow={Boolean(message.link)} className={bubble[message.from]}>
              <span className={`block text-xs font-semibold ${message.from === 'buyer' ? '' : 'text-muted'}`}>
                {mockText.speaker[message.from]}
                {message.time && <span className="font-normal"> · {message.time}</span>}
              </span>
              <span className="block">{message.text}</span>
              {message.link && (
                <LinkPreview url={message.link}>
                  <LinkText tone={message.from === 'buyer' ? 'text-on-accent' : 'text-accent'}>
                    {mockText.linkCardFallback}
                  </LinkText>
                </LinkPreview>
              )}
            </Part>
          </div>
        ))}
      </div>
    </MockFrame>
  );
}
