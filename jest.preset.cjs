// One Jest configuration per project with three levels as separate Jest projects:
//   unit  *.unit.spec.ts  pure code, no servers
//   int   *.int.spec.ts   one project against the real local servers (global setup starts them)
//   e2e   *.e2e.spec.ts   the whole system
// Nx runs each level as its own target (test-unit / test-int / test-e2e) with --selectProjects;
// timeouts are global Jest options, so each target sets its own (nx.json). int and e2e also pass
// --forceExit: a real client left open by a failing test must not hang CI for its full 90 minutes.
// They run in band on Node's default heap: the guidance models (about 18 MB of weights) are read on
// first use, so only the test files that check a draft load them (outreach's int files peaked at
// 2.7 GB of RSS, against 4.9 GB when every file loaded them at import and needed an 8 GB heap).
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;

// tsconfig "paths" → Jest moduleNameMapper, so workspace libs resolve to their TypeScript source.
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    path.join(root, target),
  ]),
);

const transform = {
  '^.+\\.(t|j)s$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

function level(projectDir, name, extra = {}) {
  return {
    displayName: name,
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: [`<rootDir>/**/*.${name}.spec.ts`],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    transform,
    moduleNameMapper,
    ...extra,
  };
}

/** The Jest config of a project: `module.exports = rapportJestConfig(__dirname)`. */
function rapportJestConfig(projectDir) {
  const servers = {
    globalSetup: path.join(root, 'libs/testing/src/global-setup.ts'),
    globalTeardown: path.join(root, 'libs/testing/src/global-teardown.ts'),
  };
  return {
    // No test is skipped silently: a level with no test files fails instead of passing empty.
    passWithNoTests: false,
    projects: [
      level(projectDir, 'unit'),
      level(projectDir, 'int', servers),
      level(projectDir, 'e2e', servers),
    ],
  };
}

module.exports = { rapportJestConfig };
