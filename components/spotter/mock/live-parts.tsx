'use client';

import dynamic from 'next/dynamic';

/**
 * The live pieces of a mock screen drawn on the server, each its own chunk through next/dynamic (which splits only
 * when called in a client module like this one), for ./server-artefact.tsx. A route imports them all, but ships a
 * piece only where a page renders it: Next preloads the chunk of each one a page's server HTML holds. Imported
 * directly, every page of the exercise-embed route, quizzes included, would carry them (issue 13).
 */
export const PartIsland = dynamic(() => import('./part').then((module) => module.Part));
export const LinkPreviewIsland = dynamic(() =>
  import('./link-preview-control').then((module) => module.LinkPreviewControl),
);
