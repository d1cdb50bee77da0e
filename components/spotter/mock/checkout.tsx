import type { CheckoutData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { AddressBar } from './address-bar';
import { MockFrame } from './frame';
import { Part } from './part';

/** A payment page: address, heading, notices, what is being paid for, the form it asks for, ways to pay. */
export function MockCheckout({ data }: { data: CheckoutData }) {
  return (
    <MockFrame kind="checkout">
      {data.url && <AddressBar url={data.url} />}
      <Part id="heading" className="block px-1.5 py-1 text-lg font-bold">
        {data.heading}
      </Part>
      {data.notes?.map((note) => (
        <Part key={note.id} id={note.id} className="block bg-warn-bg px-2 py-1.5 text-sm font-semibold">
          {note.text}
        </Part>
      ))}
      {data.items && (
        <div className="space-y-1">
          {data.items.map((item) => (
            <Part key={item.id} id={item.id} className="flex justify-between gap-3 px-2 py-1">
              <span>{item.name}</span>
              <span className="font-semibold">{item.price}</span>
            </Part>
          ))}
        </div>
      )}
      {data.total && (
        <Part id="total" className="flex justify-between gap-3 border-t border-line/40 px-2 py-1 font-bold">
          <span>{mockText.total}</span>
          <span>{data.total}</span>
        </Part>
      )}
      {data.fields && (
        <div className="space-y-1">
          {data.fields.map((field) => (
            <Part key={field.id} id={field.id} className="block px-1.5 py-1">
              <span className="block text-sm font-semibold">{field.label}</span>
              {/* Drawn, not a real input: a training page must never collect anything. */}
              <span className="mt-0.5 block min-h-9 rounded border-2 border-line/70 bg-page px-2 py-1 font-mono text-muted">
                {field.value ?? '\u00a0'}
              </span>
            </Part>
          ))}
        </div>
      )}
      {data.methods && (
        <div>
          <p className="px-1.5 text-sm font-semibold text-muted">{mockText.waysToPay}</p>
          <div className="space-y-1">
            {data.methods.map((method) => (
              <Part key={method.id} id={method.id} className="flex items-center gap-2 px-2 py-1">
                <span aria-hidden="true" className="size-4 shrink-0 rounded-full border-2 border-line" />
                <span>{method.text}</span>
              </Part>
            ))}
          </div>
        </div>
      )}
      <Part id="button" className="block px-1.5 py-1.5">
        <span className="block rounded-md bg-accent px-4 py-2 text-center font-semibold text-on-accent">
          {data.button}
        </span>
      </Part>
    </MockFrame>
  );
}
