'use client';

import dynamic from 'next/dynamic';

/**
 * The islands of an exercise embed, where the exercise is the whole page and in view at once: each is its own
 * chunk through next/dynamic (which splits only when called in a client module like this one), so an embed ships
 * the quiz or the Spotter, not both (issue 13). Still rendered on the server; Next preloads the chunk of the one a
 * page renders, so it is part of that page's first-load JavaScript. Lessons defer theirs (./deferred-islands.tsx).
 */
export const QuizIsland = dynamic(() => import('@/components/quiz/quiz').then((module) => module.Quiz));
export const SpotterIsland = dynamic(() => import('@/components/spotter/spotter').then((module) => module.Spotter));
