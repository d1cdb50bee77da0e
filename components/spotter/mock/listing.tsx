import type { ListingData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { AddressBar } from './address-bar';
import { FieldLabel, MockFrame } from './frame';
import { MockBadges } from './badges';
import { pictureFor, ProductArt } from './product-art';
import { Stars } from './stars';
import { t } from '@/lib/i18n/t';
import { mockMessages } from '@/lib/i18n/mock';
import type { MockKit } from './kit';

/**
 * A generic marketplace product listing: a drawn product picture, title, price with the variant picker, badges,
 * rating, store, shipping and reviews. A made-up layout, never a copy of a real marketplace's page.
 */
export function MockListing({ data, kit }: { data: ListingData; kit: MockKit }) {
  const { Part, BuyBox } = kit;
  const picture = pictureFor(data.title, data.picture);
  return (
    <MockFrame kind="listing">
      {data.url && <AddressBar kit={kit} url={data.url} />}
      <div className="grid gap-3 sm:grid-cols-[11rem_1fr]">
        <div className="flex gap-1.5 sm:flex-col">
          <ProductArt picture={picture} className="aspect-square w-32 shrink-0 min-[420px]:w-40 sm:w-full" />
          {/* Thumbnails of the same drawing, as a gallery strip would show other angles. */}
          <div aria-hidden="true" className="flex flex-col gap-1.5 sm:flex-row">
            {[0, 1, 2].map((n) => (
              <ProductArt
                key={n}
                picture={picture}
                className={`size-9 ${n === 0 ? 'ring-2 ring-mock-price' : 'opacity-70'}`}
              />
            ))}
          </div>
        </div>
        <div className="min-w-0 space-y-1">
          <Part id="title" className="block px-1.5 py-1 text-lg font-semibold">
            {data.title}
          </Part>
          <BuyBox
            data={data}
            between={
              <>
                {data.badges && <MockBadges kit={kit} badges={data.badges} />}
                {data.rating && (
                  <Part id="rating" className="flex flex-wrap items-center gap-x-1.5 px-1.5 py-1 text-sm">
                    <Stars value={5} />
                    <span>{data.rating}</span>
                  </Part>
                )}
              </>
            }
          />
        </div>
      </div>
      <Part id="store" className="flex items-center gap-2 px-1.5 py-1">
        <span
          aria-hidden="true"
          className="flex size-7 shrink-0 items-center justify-center rounded-full bg-surface text-sm font-bold"
        >
          {data.store.slice(0, 1)}
        </span>
        <span>
          <FieldLabel>{mockText.store}</FieldLabel>
          <span className="font-semibold">{data.store}</span>
        </span>
      </Part>
      {data.shipping && (
        <Part id="shipping" className="flex items-center gap-2 px-1.5 py-1 text-sm">
          <TruckIcon />
          <span>{data.shipping}</span>
        </Part>
      )}
      {data.reviews && (
        <div className="space-y-1 border-t border-line/40 pt-2">
          <p className="px-1.5 text-sm font-semibold text-muted">{mockText.reviews}</p>
          {data.reviews.map((review) => (
            <Part key={review.id} id={review.id} className="block bg-surface px-2 py-1.5 text-sm">
              <span className="flex flex-wrap items-center gap-x-2">
                <Stars value={review.stars} />
                <span className="sr-only">{t(mockMessages, 'stars', { count: review.stars })}</span>
                {review.author && <span className="text-muted">{review.author}</span>}
                {review.photo && <span className="rounded border border-line px-1 text-xs">{mockText.withPhoto}</span>}
              </span>
              <span className="block">{review.text}</span>
              {review.photo && <ProductArt picture={picture} className="mt-1 size-14" />}
            </Part>
          ))}
        </div>
      )}
    </MockFrame>
  );
}

function TruckIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5 shrink-0 fill-none stroke-current text-muted"
      strokeWidth="1.8"
    >
      <path d="M2 6h12v10H2zM14 10h4l3 3v3h-7z" />
      <circle cx="6" cy="17.5" r="1.8" />
      <circle cx="17" cy="17.5" r="1.8" />
    </svg>
  );
}
