import type { CheckoutData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { AddressBar } from './address-bar';
import { MockFrame } from './frame';
import type { MockKit } from './kit';

/**
 * A payment page in its own shop's style (never the course's buttons, issue 15): address, heading, notices, the
 * order summary, the form it asks for, ways to pay and its pay button. Everything is drawn; nothing is a control.
 */
export function MockCheckout({ data, kit }: { data: CheckoutData; kit: MockKit }) {
  const { Part } = kit;
  return (
    <MockFrame kind="checkout">
      {data.url && <AddressBar kit={kit} url={data.url} />}
      <Part id="heading" className="flex items-center gap-2 px-1.5 py-1 text-lg font-bold">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5 shrink-0 fill-none stroke-current text-mock-price"
          strokeWidth="2"
        >
          <rect x="5" y="10" width="14" height="11" rx="2" />
          <path d="M8 10V7a4 4 0 0 1 8 0v3" />
        </svg>
        <span>{data.heading}</span>
      </Part>
      {data.notes?.map((note) => (
        <Part key={note.id} id={note.id} className="block bg-warn-bg px-2 py-1.5 text-sm font-semibold">
          {note.text}
        </Part>
      ))}
      {(data.items || data.total) && (
        <div className="rounded-lg border border-line/40 p-1.5">
          <p className="px-1.5 text-sm font-semibold text-muted">{mockText.orderSummary}</p>
          {data.items?.map((item) => (
            <Part key={item.id} id={item.id} className="flex justify-between gap-3 px-2 py-1">
              <span>{item.name}</span>
              <span className="font-semibold">{item.price}</span>
            </Part>
          ))}
          {data.total && (
            <Part id="total" className="flex justify-between gap-3 border-t border-line/40 px-2 py-1 text-lg font-bold">
              <span>{mockText.total}</span>
              <span className="text-mock-price">{data.total}</span>
            </Part>
          )}
        </div>
      )}
      {data.fields && (
        <div className="grid gap-1 min-[420px]:grid-cols-2">
          {data.fields.map((field) => (
            <Part key={field.id} id={field.id} className="block px-1.5 py-1">
              <span className="block text-sm text-muted">{field.label}</span>
              {/* Drawn, not a real input: a training page must never collect anything. */}
              <span className="mt-0.5 block min-h-10 rounded-sm border border-line/70 bg-surface px-2 py-1.5 font-mono">
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
            {data.methods.map((method, index) => (
              <Part key={method.id} id={method.id} className="flex items-center gap-2 px-2 py-1">
                <span
                  aria-hidden="true"
                  className={`flex size-5 shrink-0 items-center justify-center rounded-full border-2 ${index === 0 ? 'border-mock-price' : 'border-line'}`}
                >
                  {index === 0 && <span className="size-2.5 rounded-full bg-mock-price" />}
                </span>
                <span>{method.text}</span>
              </Part>
            ))}
          </div>
        </div>
      )}
      <Part id="button" className="block px-1.5 py-1.5">
        <span className="block rounded-full bg-mock-cta px-4 py-2.5 text-center text-lg font-bold text-on-mock-cta shadow-sm">
          {data.button}
        </span>
      </Part>
    </MockFrame>
  );
}
