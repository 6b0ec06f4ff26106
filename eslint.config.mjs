// Flat ESLint config for the whole workspace: typescript-eslint with type information (so
// no-floating-promises can see promises) and Nx module boundaries with real dependency constraints.
import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.nx/**',
      '.rapport/**',
      '**/*.cjs',
      '**/*.mjs',
      'libs/contracts/src/gen/**',
    ],
  },
  js.configs.recommended,
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Layers: apps use libs; libs never reach up into apps; tests may use the harness.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:testing'],
            },
            {
              sourceTag: 'type:workflow',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:testing'],
            },
            {
              sourceTag: 'type:lib',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:testing'],
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:testing', 'type:lib'],
            },
            // Contexts: a bounded context talks to another only through contracts (Kafka/HTTP),
            // never by importing its code.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:contacts',
              onlyDependOnLibsWithTags: ['scope:contacts', 'scope:shared'],
            },
            {
              sourceTag: 'scope:outreach',
              onlyDependOnLibsWithTags: ['scope:outreach', 'scope:shared'],
            },
            {
              sourceTag: 'scope:interviews',
              onlyDependOnLibsWithTags: ['scope:interviews', 'scope:shared'],
            },
            {
              sourceTag: 'scope:notifications',
              onlyDependOnLibsWithTags: ['scope:notifications', 'scope:shared'],
            },
            {
              sourceTag: 'scope:gateway',
              onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'],
            },
            {
              sourceTag: 'scope:relationship',
              onlyDependOnLibsWithTags: ['scope:relationship', 'scope:shared'],
            },
            {
              sourceTag: 'scope:console',
              onlyDependOnLibsWithTags: ['scope:console', 'scope:shared'],
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Local stand-ins for outside services (infra/): shared libs only, no context's code.
            { sourceTag: 'scope:infra', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox: no Node built-ins, no clock or
    // randomness of its own (Date and Math.random are replay-safe only through the SDK), and no
    // imports beyond the workflow SDK, sibling workflow files, activity *types*, zod and the
    // zoned-time module (both pure; the zoned-time module is held to the same rules here).
    files: [
      'workflows/*/src/workflows/**/*.ts',
      'services/notifications/src/digest/workflows/**/*.ts',
      'libs/platform/src/zoned-time/**/*.ts',
    ],
    ignores: [
      'workflows/*/src/workflows/**/*.spec.ts',
      'services/notifications/src/digest/workflows/**/*.spec.ts',
      'libs/platform/src/zoned-time/**/*.spec.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@temporalio/workflow$|@rapport/platform/zoned-time$|zod$|\\.{1,2}/).*',
              message:
                'Workflow code imports only @temporalio/workflow, @rapport/platform/zoned-time, zod and relative files.',
            },
            {
              regex:
                '^node:|^(fs|path|os|crypto|child_process|http|https|net|process|timers|util|events|stream)$',
              message: 'Node built-ins are not available in the workflow sandbox.',
            },
            {
              group: ['../activities/*'],
              allowTypeImports: true,
              message: 'Import activities as types only; call them through proxyActivities.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use uuid4() from @temporalio/workflow.' },
        { object: 'Date', property: 'now', message: 'Read time from the workflow, not the clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'No Date objects in workflow code; work in epoch milliseconds.',
        },
        {
          selector: 'CallExpression[callee.name=/^(setTimeout|setInterval|setImmediate)$/]',
          message: 'Use sleep() or condition() from @temporalio/workflow.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'No process in the workflow sandbox.' },
        { name: 'require', message: 'No require in the workflow sandbox.' },
      ],
    },
  },
);
