'use client';

import type { ReactNode } from 'react';
import { useLazyProgress } from '@/lib/progress/lazy-progress';

/** The pre-check card on the home page, gone once the pre-check is done (issue 15): it is offered once, not forever. */
export function PrecheckOffer({ children }: { children: ReactNode }) {
  // False until the store has loaded after hydration, so the server HTML and the first client render agree.
  const taken = useLazyProgress((state) => state.precheck !== null, false);
  if (taken) return null;
  return <>{children}</>;
}
