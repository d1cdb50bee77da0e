import type { StoreData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { MockFrame } from './frame';
import { MockBadges } from './badges';
import { TextPart } from './part-box';
import { Stars } from './stars';
import type { MockKit } from './kit';

/** A score such as "4.8" as a share of 5, for the bar; scores that are not numbers draw no bar. */
const share = (score: string) => {
  const value = Number.parseFloat(score);
  return Number.isFinite(value) && value >= 0 && value <= 5 ? value / 5 : null;
};

/**
 * A generic store page header: banner, logo, name, follow and visit buttons (drawn), the store's figures, its
 * detailed ratings block with stars and bars, badges and notices. Not a copy of any real marketplace's card.
 */
export function MockStoreCard({ data, kit }: { data: StoreData; kit: MockKit }) {
  const { Part } = kit;
  return (
    <MockFrame kind="store">
      <div className="overflow-hidden rounded-lg border border-line/40">
        <div
          aria-hidden="true"
          className="h-10 bg-[linear-gradient(135deg,var(--mock-mail),var(--mock-price))] opacity-80"
        />
        <div className="-mt-5 flex flex-wrap items-end gap-2 px-2 pb-2">
          <span
            aria-hidden="true"
            className="flex size-12 shrink-0 items-center justify-center rounded-xl border-4 border-page bg-mock-mail text-xl font-bold text-on-mock-mail"
          >
            {data.name.slice(0, 1)}
          </span>
          <Part id="name" className="block min-w-0 flex-1 basis-40 px-1.5 py-1 text-lg font-semibold">
            {data.name}
          </Part>
          <span aria-hidden="true" className="flex gap-1.5 text-sm font-semibold">
            <span className="rounded-full border-2 border-mock-price px-3 py-1 text-mock-price">
              + {mockText.storeFollow}
            </span>
            <span className="rounded-full bg-mock-price px-3 py-1 text-on-mock-cta">{mockText.storeVisit}</span>
          </span>
        </div>
      </div>
      <div className="grid grid-cols-1 gap-1 min-[360px]:grid-cols-2 sm:grid-cols-3">
        <TextPart kit={kit} id="opened" text={data.opened} className="block bg-surface px-2 py-1.5" />
        <TextPart kit={kit} id="positive" text={data.positive} className="block bg-surface px-2 py-1.5 font-semibold" />
        <TextPart kit={kit} id="followers" text={data.followers} className="block bg-surface px-2 py-1.5" />
      </div>
      {data.ratings && (
        <div className="rounded-lg border border-line/40 p-1.5">
          <p className="px-1.5 text-sm font-semibold text-muted">{mockText.detailedRatings}</p>
          <div className="space-y-0.5">
            {data.ratings.map((rating) => {
              const fill = share(rating.score);
              return (
                <Part
                  key={rating.id}
                  id={rating.id}
                  className="grid grid-cols-[1fr_auto] items-center gap-x-3 px-2 py-1"
                >
                  <span>{rating.label}</span>
                  <span className="flex items-center gap-1.5">
                    {fill !== null && <Stars value={Math.round(fill * 5)} />}
                    <span className="font-bold">{rating.score}</span>
                  </span>
                  {fill !== null && (
                    <span aria-hidden="true" className="col-span-2 mt-0.5 block h-1.5 rounded-full bg-surface">
                      <span className="block h-full rounded-full bg-mock-star" style={{ width: `${fill * 100}%` }} />
                    </span>
                  )}
                </Part>
              );
            })}
          </div>
        </div>
      )}
      {data.badges && <MockBadges kit={kit} badges={data.badges} />}
      {data.notes?.map((note) => (
        <Part key={note.id} id={note.id} className="block bg-warn-bg px-2 py-1.5 text-sm">
          {note.text}
        </Part>
      ))}
    </MockFrame>
  );
}
