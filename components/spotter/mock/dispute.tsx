import type { DisputeData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { MockFrame } from './frame';
import { Part } from './part';

const sideTone = { buyer: 'border-l-accent', seller: 'border-l-line', platform: 'border-l-good' } as const;

/** A dispute's page: the order, its status and timer, then the timeline of what each side said and did. */
export function MockDispute({ data }: { data: DisputeData }) {
  return (
    <MockFrame kind="dispute">
      {data.order && (
        <Part id="order" className="block px-1.5 py-1 text-sm text-muted">
          {data.order}
        </Part>
      )}
      <Part id="status" className="block px-1.5 py-1 text-lg font-bold">
        {data.status}
      </Part>
      {data.timer && (
        <Part id="timer" className="block bg-warn-bg px-2 py-1.5 font-semibold">
          {data.timer}
        </Part>
      )}
      <ol className="space-y-1.5">
        {data.events.map((event) => (
          <li key={event.id} className={`border-l-4 pl-1.5 ${sideTone[event.from]}`}>
            <Part id={event.id} className="block px-1.5 py-1">
              <span className="block text-sm font-semibold text-muted">
                {mockText.speaker[event.from]}
                {event.date && <span className="font-normal"> · {event.date}</span>}
              </span>
              <span className="block">{event.text}</span>
            </Part>
          </li>
        ))}
      </ol>
    </MockFrame>
  );
}
