// ESLint: `npm run lint` (which also runs `prettier --check`). Formatting is
// Prettier's job, so eslint-config-prettier comes last and turns off the style rules.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Classes that are custom elements though they do not extend HTMLElement directly.
const elementBaseClasses = ['LitElement', 'SalaryElement', 'SalaryPercentileBar'];

export default defineConfig(
  globalIgnores(['dist/', 'test-output/', 'bench/output/', 'tmp/', 'src/state-salary-map/us-states.ts']),
  js.configs.recommended,

  // TypeScript, with the rules that need type information (tsconfig.json covers src/ and test/).
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Parameters a base-class hook declares for its overrides are `_`-prefixed when it does not use them.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },

  // Tests: chai's property assertions (`expect(x).to.be.true`) are expressions, and
  // @open-wc/semantic-dom-diff types every `.equal()` as a promise (only `.dom.equal()`
  // is one, and the tests do not use it).
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'src/**/harness.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' }] },
      ],
    },
  },

  // Lit templates and custom elements.
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/best-practice']],
    settings: { lit: { elementBaseClasses }, wc: { elementBaseClasses } },
    rules: {
      // LitElement defines every lifecycle callback, so `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
    },
  },

  // Scripts, configs and test servers run in Node, and some hand functions to the
  // browser (puppeteer's page.evaluate); the demo's builder and test fixtures run in the browser.
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['scripts/read-through.mjs', 'test/e2e-plugin.mjs'], languageOptions: { globals: globals.browser } },
  { files: ['demo/**/*.js', 'test/fixtures/**/*.js'], languageOptions: { globals: globals.browser } },

  prettier,
);
