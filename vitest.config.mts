import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests for lib/, small pure helpers in components/ and scripts/ (ARCHITECTURE §6). Tests default to node;
// a test that needs `window` or `localStorage` opts in with a `// @vitest-environment jsdom` docblock.
export default defineConfig({
  resolve: {
    // Mirrors tsconfig's `"@/*": ["./*"]`.
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  // Vite 8 (used by vitest 4.1) transforms TS/JSX with Oxc, its replacement for the `esbuild` option:
  // the automatic runtime lets tests import .tsx modules without `import React`.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
