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

// Attributes whose text people read or hear, and the props that carry such text to them.
const READ_ATTRIBUTES =
  '/^(aria-label|aria-description|aria-valuetext|title|placeholder|alt|label|hint|legend|caption|description|heading|confirmLabel|backLabel|emptyLabel|filterLabel|pagesLabel|selectAllLabel|typeToConfirm|what|empty|text)$/';

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
    // Every word the UI shows comes from the catalogue (lib/i18n/messages), in the user's language:
    // no literal text in JSX, but for punctuation and symbols. The rule does not check attributes
    // (with ignoreProps: false it would refuse every className and type); no-restricted-syntax
    // checks the attributes people read instead.
    files: ['components/**', 'app/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: true,
          ignoreProps: true,
          // Punctuation and symbols; “” is an empty routing key, ✕ an icon whose button has a label.
          allowedStrings: ['—', '·', '→', '←', '…', ':', '(', ')', '%', '/', '+', '=', '“”', '✕'],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `JSXAttribute[name.name=${READ_ATTRIBUTES}] > Literal[value=/[A-Za-z\u4e00-\u9fff]/]`,
          message: 'Text people read (labels, titles, placeholders) comes from the catalogue: t(key).',
        },
        {
          selector: `JSXAttribute[name.name=${READ_ATTRIBUTES}] > JSXExpressionContainer > Literal[value=/[A-Za-z\u4e00-\u9fff]/]`,
          message: 'Text people read (labels, titles, placeholders) comes from the catalogue: t(key).',
        },
      ],
    },
  },
  {
    // Scripts, benchmarks and tests run in Node, outside the app's module graph.
    files: ['scripts/**', 'bench/**', 'e2e/**', 'tests/**', '**/*.test.ts', '*.config.*'],
    rules: { '@next/next/no-assign-module-variable': 'off' },
  },
];

export default config;
