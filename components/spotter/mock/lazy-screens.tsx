import type { ComponentType, ReactNode } from 'react';
import type { Artefact as ArtefactData, ArtefactKind } from '@/lib/content/artefact-schema';
import { lazyModule, type LazyModule } from '@/lib/lazy-module';
import type { MockKit } from './kit';

/** One kind's mock screen, drawn with the live kit. */
export type LiveScreen = ComponentType<{ data: ArtefactData }>;

const liveKit = () => import('./interactive-kit').then((module) => module.interactiveKit);

/** A screen of one kind (./listing.tsx …): `never` stands for its own data type, which the map below pairs by kind. */
type KindScreen = (props: { data: never; kit: MockKit }) => ReactNode;

function screen(load: () => Promise<KindScreen>): LazyModule<{ LiveScreen: LiveScreen }> {
  return lazyModule(() =>
    Promise.all([load(), liveKit()]).then(([View, kit]) => {
      const LiveScreen = ({ data }: { data: ArtefactData }) => <View data={data as never} kit={kit} />;
      return { LiveScreen };
    }),
  );
}

/**
 * Each kind's live screen as chunks of their own (the screen, and the live kit they share), for a page that shows
 * one artefact it only knows in the browser: daily practice picks the day's item by the learner's date, so drawing
 * it with ./artefact.tsx would ship all eight screens to show one (issue 13). The exam, which shows many kinds in
 * a row, uses ./artefact.tsx.
 */
export const liveScreens: Record<ArtefactKind, LazyModule<{ LiveScreen: LiveScreen }>> = {
  listing: screen(() => import('./listing').then((module) => module.MockListing)),
  store: screen(() => import('./store-card').then((module) => module.MockStoreCard)),
  chat: screen(() => import('./chat').then((module) => module.MockChat)),
  email: screen(() => import('./email').then((module) => module.MockEmail)),
  sms: screen(() => import('./sms').then((module) => module.MockSms)),
  checkout: screen(() => import('./checkout').then((module) => module.MockCheckout)),
  tracking: screen(() => import('./tracking').then((module) => module.MockTracking)),
  dispute: screen(() => import('./dispute').then((module) => module.MockDispute)),
};
