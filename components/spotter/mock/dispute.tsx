import type { DisputeData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { MockFrame } from './frame';
import { TextPart } from './part-box';
import type { MockKit } from './kit';

const sideTone = { buyer: 'border-l-accent', seller: 'border-l-line', platform: 'border-l-good' } as const;

/** A dispute's page: the order, its status and timer, then the timeline of what each side said and did. */
export function MockDispute({ data, kit }: { data: DisputeData; kit: MockKit }) {
  const { Part } = kit;
  return (
    <MockFrame kind="dispute">
      <TextPart kit={kit} id="order" text={data.order} className="block px-1.5 py-1 text-sm text-muted" />
      <TextPart kit={kit} id="status" text={data.status} className="block px-1.5 py-1 text-lg font-bold" />
      <TextPart kit={kit} id="timer" text={data.timer} className="block bg-warn-bg px-2 py-1.5 font-semibold" />
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
