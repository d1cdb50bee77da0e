import type { ListingData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { AddressBar } from './address-bar';
import { FieldLabel, MockFrame } from './frame';
import { MockBadges } from './badges';
import { Part } from './part';

/** A generic marketplace product listing: title, price, options, store, rating, shipping and reviews. */
export function MockListing({ data }: { data: ListingData }) {
  return (
    <MockFrame kind="listing">
      {data.url && <AddressBar url={data.url} />}
      <div className="flex gap-3">
        {/* A neutral stand-in for the product photo: we never ship real product pictures. */}
        <span aria-hidden="true" className="mt-1 hidden size-20 shrink-0 rounded-lg bg-surface sm:block" />
        <div className="min-w-0 flex-1 space-y-1">
          <Part id="title" className="block px-1.5 py-1 text-lg font-semibold">
            {data.title}
          </Part>
          <div className="flex flex-wrap items-stretch gap-1">
            <Part id="price" fit className="flex flex-wrap items-baseline gap-x-2 px-1.5 py-1">
              <span className="text-2xl font-bold">{data.price}</span>
              {data.wasPrice && (
                <span className="text-muted">
                  <span className="sr-only">{mockText.wasPrice} </span>
                  <s>{data.wasPrice}</s>
                </span>
              )}
            </Part>
            {data.discount && (
              <Part id="discount" fit className="flex items-center px-1.5 py-1">
                <span className="rounded bg-bad px-1.5 font-bold text-page">{data.discount}</span>
              </Part>
            )}
          </div>
          {data.badges && <MockBadges badges={data.badges} />}
          {data.rating && (
            <Part id="rating" className="block px-1.5 py-1 text-sm">
              <span aria-hidden="true" className="text-ink">
                ★{' '}
              </span>
              {data.rating}
            </Part>
          )}
        </div>
      </div>
      {data.variants && (
        <div>
          <p className="px-1.5 text-sm font-semibold text-muted">{mockText.options}</p>
          <div className="grid grid-cols-1 gap-1 min-[360px]:grid-cols-2">
            {data.variants.map((variant) => (
              <Part key={variant.id} id={variant.id} className="flex flex-col bg-surface px-2 py-1.5">
                <span>{variant.label}</span>
                {variant.price && <span className="font-bold">{variant.price}</span>}
              </Part>
            ))}
          </div>
        </div>
      )}
      <Part id="store" className="block px-1.5 py-1">
        <FieldLabel>{mockText.store}</FieldLabel>
        <span className="font-semibold">{data.store}</span>
      </Part>
      {data.shipping && (
        <Part id="shipping" className="block px-1.5 py-1 text-sm">
          {data.shipping}
        </Part>
      )}
      {data.reviews && (
        <div className="space-y-1 border-t border-line/40 pt-2">
          <p className="px-1.5 text-sm font-semibold text-muted">{mockText.reviews}</p>
          {data.reviews.map((review) => (
            <Part key={review.id} id={review.id} className="block bg-surface px-2 py-1.5 text-sm">
              <span className="flex flex-wrap items-center gap-x-2">
                <span aria-hidden="true" className="tracking-tight">
                  {'★'.repeat(review.stars)}
                  {'☆'.repeat(5 - review.stars)}
                </span>
                <span className="sr-only">{mockText.stars(review.stars)}</span>
                {review.author && <span className="text-muted">{review.author}</span>}
                {review.photo && <span className="rounded border border-line px-1 text-xs">{mockText.withPhoto}</span>}
              </span>
              <span className="block">{review.text}</span>
            </Part>
          ))}
        </div>
      )}
    </MockFrame>
  );
}
