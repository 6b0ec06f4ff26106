// What each cached workflow's module evaluation retains, module by module, without a Temporal
// server. With reuseV8Context the SDK evaluates the bundle once in one V8 context; every module
// loaded then (the SDK's entry, and bundlerOptions.preloadModules) is shared, and every module a
// workflow loads later goes into that workflow's own module cache
// (`ReusableVMWorkflowCreator`, `__webpack_module_cache__` per activator). This probe does the
// same with the real bundle: a context, the same cache proxy, the bundle's script, its preloads;
// then K fresh caches stand for K cached workflows. It reports the heap retained per workflow by
// `importWorkflows()` as a whole, and by each module on its own (loaded in dependency order, so a
// module's row excludes what its imports retain). It runs the module code only, not a workflow:
// what a workflow allocates while it runs (its state, timers, Intl formatters) is not included.
//
//   SWC_NODE_PROJECT=tsconfig.base.json node --expose-gc -r @swc-node/register \
//     bench/workflow-module-probe.ts [workflowsPath] [K]
//
// It bundles with the relationship worker's bundlerOptions (workflow-bundle.ts); PROBE_PRELOAD=none
// bundles without preloads, PROBE_PRELOAD=<module>,<module> with those instead.
import path from 'node:path';
import vm from 'node:vm';
import { bundleWorkflowCode } from '@temporalio/worker';
import { injectGlobals } from '@temporalio/worker/lib/workflow/vm-shared';
import { RELATIONSHIP_BUNDLER_OPTIONS } from '../workflows/relationship/src/workflow-bundle';

type ModuleCache = Map<string | symbol, unknown>;
type Require = (id: string) => unknown;

const workflowsPath = path.resolve(process.argv[2] ?? path.join(__dirname, 'workflows'));
const copies = Number(process.argv[3] ?? 300);
// The relationship worker's own preloads unless PROBE_PRELOAD names others ('none': no preload).
const preloadSetting = process.env['PROBE_PRELOAD'];
const preloadModules =
  preloadSetting === undefined
    ? RELATIONSHIP_BUNDLER_OPTIONS.preloadModules
    : preloadSetting.split(',').filter((name) => name && name !== 'none');

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function heapUsed(): number {
  for (let i = 0; i < 2; i++) gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * The bundle with two hooks: `__probe_require__` (webpack's require, to load one module into the
 * current cache) and `__probe_done__` (told each module id as its evaluation ends, which gives a
 * dependency order: a module ends after everything it imports).
 */
function instrument(code: string): string {
  const declaration = 'function __webpack_require__(moduleId) {';
  if (!code.includes(declaration)) throw new Error('webpack require not found in the bundle');
  return code.replace(
    declaration,
    `globalThis.__probe_require__ = __webpack_require__;
function __webpack_require__(moduleId) {
  const loaded = __webpack_require_original__(moduleId);
  globalThis.__probe_done__?.(moduleId);
  return loaded;
}
function __webpack_require_original__(moduleId) {`,
  );
}

async function main(): Promise<void> {
  const bundle = await bundleWorkflowCode({
    workflowsPath,
    preloadModules,
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: console.warn,
      error: console.error,
    },
  });
  console.log(
    `bundle ${(bundle.code.length / 1e6).toFixed(2)} MB of code, preloads: ${preloadModules.join(', ') || 'none'}`,
  );

  const context = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
  const shared: ModuleCache = new Map();
  let current: ModuleCache | undefined;
  Object.defineProperty(context, '__webpack_module_cache__', {
    value: new Proxy(
      {},
      {
        get: (_, id) => shared.get(id) ?? current?.get(id),
        set: (_, id, value) => {
          (current ?? shared).set(id, value);
          return true;
        },
      },
    ),
  });
  injectGlobals(context);
  new vm.Script(instrument(bundle.code), { filename: 'workflow-bundle.js' }).runInContext(context);
  vm.runInContext('__TEMPORAL__.preloadModules?.()', context);
  const probeRequire = context['__probe_require__'] as Require;
  const importWorkflows = (): unknown =>
    vm.runInContext('__TEMPORAL__.importWorkflows()', context) as unknown;

  // One workflow's import, recording the order in which its modules finish.
  const order: string[] = [];
  context['__probe_done__'] = (id: string) => {
    if (current && current.has(id) && !shared.has(id) && !order.includes(id)) order.push(id);
  };
  current = new Map();
  importWorkflows();
  context['__probe_done__'] = undefined;
  console.log(`${shared.size} modules shared, ${order.length} loaded per workflow`);

  const caches: ModuleCache[] = [];
  let before = heapUsed();
  for (let i = 0; i < copies; i++) {
    current = new Map();
    caches.push(current);
    importWorkflows();
  }
  current = undefined;
  const total = (heapUsed() - before) / copies;
  caches.length = 0;

  // Module by module, each in dependency order, into `copies` fresh caches.
  const rows: { id: string; bytes: number }[] = [];
  const fresh = Array.from({ length: copies }, () => new Map() as ModuleCache);
  before = heapUsed();
  for (const id of order) {
    for (const cache of fresh) {
      current = cache;
      probeRequire(id);
    }
    current = undefined;
    const after = heapUsed();
    rows.push({ id, bytes: (after - before) / copies });
    before = after;
  }
  const sum = rows.reduce((acc, row) => acc + row.bytes, 0);
  const byPackage = new Map<string, number>();
  for (const row of rows) {
    const key = packageOf(row.id);
    byPackage.set(key, (byPackage.get(key) ?? 0) + row.bytes);
  }
  console.log(`\nretained per workflow by importWorkflows(): ${kb(total)} (${copies} copies)`);
  console.log(`sum of the per-module rows: ${kb(sum)}\n`);
  console.log('by package or folder:');
  for (const [key, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]))
    console.log(`  ${kb(bytes).padStart(10)}  ${key}`);
  console.log('\nlargest modules:');
  for (const row of [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, 25))
    console.log(`  ${kb(row.bytes).padStart(10)}  ${row.id}`);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** A module id's package (node_modules) or workspace folder, for the summary. */
function packageOf(id: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(id);
  if (inModules) {
    const rest = inModules[2] ?? '';
    const sub = /^\/(?:v4\/)?(?:classic|core|locales|mini)\b/.exec(rest);
    return `${inModules[1]}${sub ? sub[0] : ''}`;
  }
  return path.dirname(id);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
