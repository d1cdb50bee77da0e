import type { SmsData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { MockFrame, MockLink } from './frame';
import { Part } from './part';

/** A phone's text-message screen: who it is from, then the message bubbles. */
export function MockSms({ data }: { data: SmsData }) {
  return (
    <MockFrame kind="sms">
      <div className="mx-auto max-w-sm space-y-2 rounded-2xl bg-surface p-2">
        <Part id="sender" className="block px-2 py-1 text-center">
          <span className="block text-xs text-muted">{mockText.textFrom}</span>
          <span className="font-semibold">{data.sender}</span>
        </Part>
        {data.messages.map((message) => (
          <div key={message.id} className="pr-6">
            <Part id={message.id} className="block bg-page px-3 py-2">
              <span className="block">{message.text}</span>
              {message.link && (
                <span className="block">
                  <MockLink url={message.link} />
                </span>
              )}
              {message.time && <span className="block text-right text-xs text-muted">{message.time}</span>}
            </Part>
          </div>
        ))}
      </div>
    </MockFrame>
  );
}
