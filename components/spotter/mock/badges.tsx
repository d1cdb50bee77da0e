import type { MockKit } from './kit';

export type MockBadgesProps = {
  kit: MockKit;
  /** Store or listing badges; each one is a flaggable part (its id is the spot id). */
  badges: { id: string; text: string }[];
};

/** Badges as a marketplace shows them on a listing or a store card ("Official store", "Top brand"…). */
export function MockBadges({ kit, badges }: MockBadgesProps) {
  const { Part } = kit;
  return (
    <div className="flex flex-wrap gap-1">
      {badges.map((badge) => (
        <Part key={badge.id} id={badge.id} fit className="flex items-center px-1 py-0.5">
          <span className="rounded border border-accent px-1.5 text-sm font-semibold text-accent">{badge.text}</span>
        </Part>
      ))}
    </div>
  );
}
