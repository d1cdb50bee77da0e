import type { MetadataRoute } from 'next';
import { homeText } from '@/lib/i18n/en/home';
import { siteText } from '@/lib/i18n/en/site';

export const dynamic = 'force-static';

/** Makes the course installable (issue 15); the icons are our own shield, drawn for this project. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${siteText.siteName}: ${homeText.title}`,
    short_name: siteText.siteName,
    description: siteText.tagline,
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
