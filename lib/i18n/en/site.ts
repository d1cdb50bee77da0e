/** Interface text for the site chrome (name, navigation, theme, footer, 404), English. */
export const siteText = {
  siteName: 'Scamwise',
  tagline: 'Shop on AliExpress safely and spot scams before they cost you.',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    links: [
      { href: '/', label: 'Course' },
      { href: '/practice/', label: 'Daily' },
      { href: '/exam/', label: 'Exam' },
    ],
  },
  theme: { label: 'Colours', system: 'Match my device', light: 'Light', dark: 'Dark' },
  footer: {
    licence:
      'Code under the MIT licence. Course text and pictures under CC BY 4.0: reuse them with credit to Scamwise.',
    independence: 'Scamwise is independent and not affiliated with AliExpress or Alibaba Group.',
    publishers: 'For publishers: put our lessons on your site',
    about: 'About Scamwise',
    progress: 'Save or restore your progress',
    accessibility: 'Accessibility statement',
    label: 'About Scamwise and your settings',
  },
  offline: {
    updateReady: 'A new version of the course is ready.',
    reload: 'Reload to update',
  },
  notFound: {
    title: 'Page not found',
    body: 'We could not find that page. It may have moved, or the address may be mistyped.',
    home: 'Go to the course',
  },
} as const;
