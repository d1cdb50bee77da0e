import type { Artefact as ArtefactData } from '@/lib/content/artefact-schema';
import { MockChat } from './chat';
import { MockCheckout } from './checkout';
import { MockDispute } from './dispute';
import { MockEmail } from './email';
import type { MockKit } from './kit';
import { MockListing } from './listing';
import { MockSms } from './sms';
import { MockStoreCard } from './store-card';
import { MockTracking } from './tracking';

export type ArtefactViewProps = { data: ArtefactData; kit: MockKit };

/** Draws any mock artefact from its data, with the parts, link previews and buy box of the kit it is given. */
export function ArtefactView({ data, kit }: ArtefactViewProps) {
  switch (data.kind) {
    case 'listing':
      return <MockListing data={data} kit={kit} />;
    case 'store':
      return <MockStoreCard data={data} kit={kit} />;
    case 'chat':
      return <MockChat data={data} kit={kit} />;
    case 'email':
      return <MockEmail data={data} kit={kit} />;
    case 'sms':
      return <MockSms data={data} kit={kit} />;
    case 'checkout':
      return <MockCheckout data={data} kit={kit} />;
    case 'tracking':
      return <MockTracking data={data} kit={kit} />;
    case 'dispute':
      return <MockDispute data={data} kit={kit} />;
  }
}
