import type { TrackingData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { AddressBar } from './address-bar';
import { FieldLabel, MockFrame } from './frame';
import { TextPart } from './part-box';
import type { MockKit } from './kit';

/** An order-tracking page: carrier, tracking number, status, the protection timer, and the updates. */
export function MockTracking({ data, kit }: { data: TrackingData; kit: MockKit }) {
  const { Part } = kit;
  return (
    <MockFrame kind="tracking">
      {data.url && <AddressBar kit={kit} url={data.url} />}
      <TextPart kit={kit} id="status" text={data.status} className="block px-1.5 py-1 text-lg font-bold" />
      <div className="grid grid-cols-1 gap-1 min-[420px]:grid-cols-2">
        {data.carrier && (
          <Part id="carrier" className="block bg-surface px-2 py-1.5">
            <FieldLabel>{mockText.carrier}</FieldLabel>
            {data.carrier}
          </Part>
        )}
        <Part id="number" className="block bg-surface px-2 py-1.5">
          <FieldLabel>{mockText.trackingNumber}</FieldLabel>
          <span className="break-all font-mono">{data.number}</span>
        </Part>
      </div>
      <TextPart kit={kit} id="timer" text={data.timer} className="block bg-warn-bg px-2 py-1.5 font-semibold" />
      <p className="px-1.5 text-sm font-semibold text-muted">{mockText.events}</p>
      <ol className="space-y-1 border-l-2 border-line/60 pl-2">
        {data.events.map((event) => (
          <li key={event.id}>
            <Part id={event.id} className="block px-1.5 py-1">
              <span className="block text-sm text-muted">{event.date}</span>
              <span className="block">{event.text}</span>
            </Part>
          </li>
        ))}
      </ol>
    </MockFrame>
  );
}
