import type { BundleOptions } from '@temporalio/worker';

/**
 * How every relationship worker (worker.main.ts, the test harness, the workflows bench) bundles
 * the workflow code.
 *
 * With `reuseV8Context` each cached workflow evaluates the workflow modules into a module cache of
 * its own, so whatever a module builds at load time is paid once per cached workflow. The policy
 * module is most of it: it imports zod (about 510 kB a workflow) and builds the policy schema
 * (165 kB) at load time, out of about 720 kB in all (bench/workflow-module-probe.ts). Preloaded,
 * it is evaluated once per V8 context, before any workflow, and shared; a workflow's own modules
 * then cost about 40 kB.
 *
 * What may be preloaded: modules with no per-workflow state and no workflow API calls at load
 * time. The SDK deep-freezes their exports, so nothing may write to them later: the policy
 * module's callers copy DEFAULT_POLICY (`resolvePolicy` spreads it) and never sort or push its
 * arrays in place. Shared state that stays: zoned-time's cache of one Intl formatter per zone,
 * deterministic whichever workflow fills it. Preloading changes no command a workflow emits, so
 * recorded histories replay the same.
 *
 * The module is named by its resolved path: webpack must resolve the preload to the same module
 * as the workflow's own `import './policy'`. (Preloading 'zod' by name loads zod's CommonJS
 * build, while the workflow's ES import loads its ES build: two modules, nothing shared.)
 */
export const RELATIONSHIP_BUNDLER_OPTIONS = {
  preloadModules: [require.resolve('./workflows/policy')],
} satisfies Pick<BundleOptions, 'preloadModules'>;
