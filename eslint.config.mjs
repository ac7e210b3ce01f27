// ESLint (flat config): Next.js's core-web-vitals and TypeScript rules, React hooks, no import
// cycles, and the one boundary that keeps credentials on the server: code that runs in the
// browser (components/, lib/queries/) and the shared wire modules (lib/api/) never import the
// server-only modules (lib/rabbitmq/, lib/session/).
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const serverOnly = {
  patterns: [
    {
      group: ['@/lib/rabbitmq', '@/lib/rabbitmq/*', '@/lib/session', '@/lib/session/*', '**/lib/rabbitmq/*', '**/lib/session/*'],
      message: 'Server-only module: browser code imports wire types from lib/api/ instead.',
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.next-*/**', '.data/**', 'node_modules/**', 'next-env.d.ts', 'bench/results/**', 'test-results/**'],
  },
  {
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `any` needs a comment saying why: the disable comment is that comment.
      '@typescript-eslint/no-explicit-any': 'error',
      // Only says that the React Compiler would skip components using react-hook-form's watch()
      // or TanStack Table; Warren does not use the compiler.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['components/**', 'lib/queries/**', 'lib/api/**', 'lib/i18n/**', 'app/**/*.tsx'],
    ignores: ['app/**/page.tsx', 'app/**/layout.tsx', 'app/api/**'],
    rules: { 'no-restricted-imports': ['error', serverOnly] },
  },
  {
    // Scripts, benchmarks and tests run in Node, outside the app's module graph.
    files: ['scripts/**', 'bench/**', 'e2e/**', 'tests/**', '**/*.test.ts', '*.config.*'],
    rules: { '@next/next/no-assign-module-variable': 'off' },
  },
];

export default config;
