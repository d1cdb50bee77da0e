import type { StoreData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { MockFrame } from './frame';
import { MockBadges } from './badges';
import { Part } from './part';

/** A generic store card: name, age, positive feedback, followers, detailed seller ratings, badges and notices. */
export function MockStoreCard({ data }: { data: StoreData }) {
  return (
    <MockFrame kind="store">
      <div className="flex items-center gap-2">
        {/* An initial in a circle stands in for the store's logo. */}
        <span
          aria-hidden="true"
          className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent font-bold text-on-accent"
        >
          {data.name.slice(0, 1)}
        </span>
        <Part id="name" className="block min-w-0 flex-1 px-1.5 py-1 text-lg font-semibold">
          {data.name}
        </Part>
      </div>
      <div className="grid grid-cols-1 gap-1 min-[360px]:grid-cols-2">
        <Part id="opened" className="block bg-surface px-2 py-1.5">
          {data.opened}
        </Part>
        <Part id="positive" className="block bg-surface px-2 py-1.5">
          {data.positive}
        </Part>
        {data.followers && (
          <Part id="followers" className="block bg-surface px-2 py-1.5">
            {data.followers}
          </Part>
        )}
      </div>
      {data.ratings && (
        <div>
          <p className="px-1.5 text-sm font-semibold text-muted">{mockText.detailedRatings}</p>
          <div className="space-y-1">
            {data.ratings.map((rating) => (
              <Part key={rating.id} id={rating.id} className="flex justify-between gap-3 px-2 py-1">
                <span>{rating.label}</span>
                <span className="font-bold">{rating.score}</span>
              </Part>
            ))}
          </div>
        </div>
      )}
      {data.badges && <MockBadges badges={data.badges} />}
      {data.notes?.map((note) => (
        <Part key={note.id} id={note.id} className="block bg-surface px-2 py-1.5 text-sm">
          {note.text}
        </Part>
      ))}
    </MockFrame>
  );
}
