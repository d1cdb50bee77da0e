import type { Artefact as ArtefactData } from '@/lib/content/artefact-schema';
import { MockChat } from './chat';
import { MockCheckout } from './checkout';
import { MockDispute } from './dispute';
import { MockEmail } from './email';
import { MockListing } from './listing';
import { MockSms } from './sms';
import { MockStoreCard } from './store-card';
import { MockTracking } from './tracking';

export type ArtefactProps = { data: ArtefactData };

/** Renders any mock artefact from its data. Flaggable parts become controls only inside a SpotContext. */
export function Artefact({ data }: ArtefactProps) {
  switch (data.kind) {
    case 'listing':
      return <MockListing data={data} />;
    case 'store':
      return <MockStoreCard data={data} />;
    case 'chat':
      return <MockChat data={data} />;
    case 'email':
      return <MockEmail data={data} />;
    case 'sms':
      return <MockSms data={data} />;
    case 'checkout':
      return <MockCheckout data={data} />;
    case 'tracking':
      return <MockTracking data={data} />;
    case 'dispute':
      return <MockDispute data={data} />;
  }
}
