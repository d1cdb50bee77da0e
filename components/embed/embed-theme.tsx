'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { parseAccent, parseTheme } from '@/lib/embed/theme';

/**
 * Applies the publisher's `?theme=` and `?accent=` (RELIABILITY CNT-5). Only allowlisted values are written to
 * `data-*` attributes. public/theme-init.js already did the same before first paint; this keeps React the owner of
 * the attributes. Must sit inside <Suspense>: without it, useSearchParams turns the whole static page into a
 * client-rendered one that is blank until JavaScript runs.
 */
export function EmbedTheme() {
  const params = useSearchParams();
  const theme = parseTheme(params.get('theme'));
  const accent = parseAccent(params.get('accent'));
  useEffect(() => {
    document.documentElement.setAttribute('data-theme', theme);
    document.documentElement.setAttribute('data-accent', accent);
  }, [theme, accent]);
  return null;
}
