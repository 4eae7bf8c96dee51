import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: render text as React children.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never inject HTML: use textContent or React.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never inject HTML: use textContent or React.',
        },
        {
          selector:
            "ImportDeclaration[source.value='react-i18next'] ImportSpecifier[imported.name='useTranslation']",
          message:
            "Use useTranslation from '@/lib/i18n/use-translation' (decision record 15): react-i18next's copies the i18next instance per component on every language switch.",
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Features may not reach into each other's internals; app/ composes them.
    files: [
      'src/features/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'src/lib/**/*.{ts,tsx}',
      'src/content/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/app'],
              message: 'Shared code and features must not import from app/.',
            },
            {
              group: ['@/features/*'],
              message:
                'Features do not import each other; app/ composes them (use relative paths inside a feature).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/service-worker.template.js'],
    languageOptions: {
      globals: {
        ...globals.serviceworker,
        __VERSION__: 'readonly',
        __PRECACHE__: 'readonly',
        // Copied in from scripts/sw/first-paint.mjs by generate-sw.mjs.
        attributesFor: 'readonly',
        withViewOf: 'readonly',
        pageAddressFor: 'readonly',
        htmlAttributesAdder: 'readonly',
      },
    },
  },
  {
    // In tests a wrong assumption should fail loudly at the assertion, not be guarded against.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright fixtures receive a `use` callback that is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'tests/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
