// ESLint flat config: typescript-eslint's type-aware recommended rules over every TypeScript file
// the type checker sees (tsconfig.json: lib, bin, test, bench, main.ts). `npm run lint` runs it,
// and `npm test` runs lint first. Every rule turned off or tuned below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Build output, dependencies, and dot folders (local tool state and scratch files, not project code).
  { ignores: ['node_modules/**', 'dist/**', 'cdktf.out/**', 'coverage/**', 'bench/out/**', '.*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Async functions that implement a Promise-returning contract (PreflightCheck.run, the CLI
      // commands, CliIo.readStdin) are async without awaiting anything; the promise bugs that
      // matter (a promise left floating, or passed where a plain callback is expected) stay
      // errors through no-floating-promises and no-misused-promises.
      '@typescript-eslint/require-await': 'off',
      // `const { dropped: _dropped, ...rest } = x` is how a test or a resolver drops a key; a
      // leading underscore marks the binding as deliberately unused. Everything else still fails.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests and benchmarks read synthesized JSON, manifests and reports back with JSON.parse,
    // whose honest type is `any`; a wrong path there fails the assertion it feeds. Library code
    // (lib/, bin/, main.ts) keeps every no-unsafe-* rule.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript config files (jest.config.js is CommonJS run by Node): no type
    // information, Node's CommonJS globals.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    // Node's globals (scripts and configs run on Node only).
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'Buffer',
          'URL',
          'URLSearchParams',
          'TextEncoder',
          'TextDecoder',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'setImmediate',
          'structuredClone',
          'fetch',
          'globalThis',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
