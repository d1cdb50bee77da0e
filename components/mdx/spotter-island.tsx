'use client';

import dynamic from 'next/dynamic';

/**
 * The Spotter, loaded as its own chunk: only the lessons that hold a red-flag exercise render this, so the Spotter
 * and its mock kit stay out of the JavaScript of every other page that can show a lesson (issue 13). Still
 * rendered on the server, so the exercise is in the HTML before its code arrives.
 */
export const SpotterIsland = dynamic(() => import('@/components/spotter/spotter').then((module) => module.Spotter));
