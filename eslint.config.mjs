import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  {
    ignores: [
      '.next/**',
      'out/**',
      'public/embed/**',
      'public/theme-init.js',
      'node_modules/**',
      'screenshots/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // DOM XSS sinks are banned in our code (RELIABILITY SEC-8).
      'react/no-danger': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render with React instead (RELIABILITY SEC-8).' },
        { property: 'outerHTML', message: 'Render with React instead (RELIABILITY SEC-8).' },
        { object: 'document', property: 'write', message: 'Banned (RELIABILITY SEC-8).' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      // A circle of imports hides which module owns a rule (ARCHITECTURE §11). The rule skips type-only imports.
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // ARCHITECTURE §1: components (client islands among them) never import lib/content, the exam pool loader or the
    // exam schema, which are build-time code with zod and node:fs; they may import their types.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/content/*', '@/lib/exam/pool', '@/lib/exam/schema', '@/content/*'],
              allowTypeImports: true,
              message: 'Components receive content as props; import only types from lib/content (ARCHITECTURE §1).',
            },
          ],
        },
      ],
    },
  },
];

export default config;
