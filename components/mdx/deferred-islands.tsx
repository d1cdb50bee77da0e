'use client';

import { deferred } from './deferred';

/**
 * The client islands a lesson places below the fold, each fetched as it comes near (./deferred.tsx), never with
 * the page, and only on the lessons that render it. Imported by the lesson registry in place of the components
 * themselves: a server module importing a client component puts it in the first-load JS of every lesson.
 */
export const DeferredSpotter = deferred(() =>
  import('@/components/spotter/drawn-spotter').then((module) => module.DrawnSpotter),
);
export const DeferredChecklist = deferred(() => import('./checklist').then((module) => module.Checklist));
export const DeferredWhereToReportPicker = deferred(() =>
  import('./where-to-report-picker').then((module) => module.WhereToReportPicker),
);
