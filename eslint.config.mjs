// Flat ESLint config for the whole workspace: typescript-eslint with type information (so
// no-floating-promises can see promises) and Nx module boundaries with real dependency constraints.
import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import fastPath from './libs/testing/src/lint/fast-path-only.cjs';

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
    files: ['**/*.ts', '**/*.tsx'],
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
              sourceTag: 'scope:exploration',
              onlyDependOnLibsWithTags: ['scope:exploration', 'scope:shared'],
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
      'services/gateway/src/webhooks/delivery/workflows/**/*.ts',
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
  {
    // The embedded database's fast path (ARCHITECTURE.md): request paths and consumers read and
    // write by single-key `{_id: "<string>"}` only; no count, updateMany, deleteMany, aggregate,
    // query operators ($in, ranges, $or…), multi-key filters or sorted cursors.
    files: ['services/*/src/**/*.ts', 'workflows/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**', '**/*.test-fixture.ts', 'services/console/**'],
    plugins: { rapport: { rules: { 'fast-path-only': fastPath.fastPathOnly } } },
    rules: { 'rapport/fast-path-only': 'error' },
  },
  {
    // Offenders that remain, each with why. Remove an entry once its file is on the fast path.
    files: [
      // Import records: the commit claim ($or on status and age, and the owner) sits beside
      // `_id`, as one atomic findOneAndUpdate on the small records; everything else, the rows'
      // chunks included, is read by `_id`.
      'services/contacts/src/import-contacts/contact-imports.ts',
      // Contact keys (e-mail, LinkedIn) for duplicates: releasing all of a contact's keys (erasure,
      // a failed add) by deleteMany and reclaiming an abandoned key on `{_id, contactId}`; the
      // rest is by `_id` (issue 13: name the keys at those callers).
      'services/contacts/src/shared/contact-keys.ts',
      // A tenant's notification log for staff (filter + sort + limit) and the repair that
      // rebuilds members' logs from every notification: neither is a member's or a consumer's path.
      'services/notifications/src/delivery/notification.store.ts',
      // Preferences: one document per member, replaced on `{_id, version}` (the version is the
      // concurrency token, so FerretDB scans on each save; issue 13: check it after a read by
      // `_id`); the digest scheduler's scan for members with a digest runs at start-up only.
      'services/notifications/src/preferences/preferences.store.ts',
      // The funnel counters' repair: recomputed from every card and stale counters deleted after
      // a rebuild (an operator's action, never a request's path).
      'services/outreach/src/institution-funnel/funnel-counters.ts',
    ],
    rules: { 'rapport/fast-path-only': 'off' },
  },
);
