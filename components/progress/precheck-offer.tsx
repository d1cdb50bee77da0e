'use client';

import type { ReactNode } from 'react';
import { useProgress } from '@/lib/progress/progress-store';
import { useHydrated } from '@/lib/use-hydrated';

/** The pre-check card on the home page, gone once the pre-check is done (issue 15): it is offered once, not forever. */
export function PrecheckOffer({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  const taken = useProgress((state) => state.precheck !== null);
  if (hydrated && taken) return null;
  return <>{children}</>;
}
