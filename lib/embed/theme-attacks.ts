/**
 * Hostile and near-miss values for ?theme= and ?accent=, shared by the allowlist test (lib/embed/theme.test.ts) and
 * the before-paint script's test (scripts/theme-init.test.ts), so both refuse the same inputs (CNT-5).
 */
export const themeAttacks = [
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'toString',
  'x'.repeat(10_240),
  'DARK',
  ' dark',
];
