// `node libs/testing/src/lint/typecheck-and-lint.mjs <projectRoot>`: the project's typecheck
// (`tsc -p <projectRoot>/tsconfig.json --noEmit`) and its lint (`eslint --max-warnings=0
// <projectRoot>`) in one process, on one TypeScript program. Run apart, the type-aware lint builds
// the same program tsc just built (in a single run typescript-eslint makes one Program per
// tsconfig.json) and asks its checker again for types tsc already resolved: about half of the
// lint + typecheck stage. Here ESLint gets tsc's program through `parserOptions.programs`, so
// every rule still runs on every file ESLint would lint, with the same types, and a file outside
// the program still fails (typescript-eslint refuses a file no given program has).
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';

const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('usage: typecheck-and-lint.mjs <projectRoot>');
  process.exit(64);
}

/** The program and the diagnostics `tsc -p <tsconfig> --noEmit` would print. */
function typecheck(tsconfig) {
  const host = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  };
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, { noEmit: true }, host);
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    projectReferences: config.projectReferences,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
  });
  return { program, diagnostics: ts.getPreEmitDiagnostics(program) };
}

const started = Date.now();
const { program, diagnostics } = typecheck(path.resolve(projectRoot, 'tsconfig.json'));
if (diagnostics.length > 0) {
  const formatHost = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: ts.sys.getCurrentDirectory,
    getNewLine: () => ts.sys.newLine,
  };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost));
}
const typechecked = Date.now();

const eslint = new ESLint({
  overrideConfig: {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: false, programs: [program] } },
  },
});
const results = await eslint.lintFiles([projectRoot]);
const problems = results.reduce(
  (sum, result) => ({
    // errorCount includes the fatal ones (a file that does not parse, or no program has).
    errors: sum.errors + result.errorCount,
    warnings: sum.warnings + result.warningCount,
  }),
  { errors: 0, warnings: 0 },
);
const report = await (await eslint.loadFormatter('stylish')).format(results);
if (report) console.log(report);
// As `eslint --max-warnings=0`: a warning fails the lint as an error does.
if (problems.errors === 0 && problems.warnings > 0) {
  console.error(`ESLint found too many warnings (maximum: 0).`);
}

const seconds = (ms) => (ms / 1000).toFixed(1);
console.log(
  `${projectRoot}: typecheck ${diagnostics.length === 0 ? 'ok' : `${diagnostics.length} error(s)`} in ${seconds(typechecked - started)} s, ` +
    `lint of ${results.length} files ${problems.errors + problems.warnings === 0 ? 'ok' : `${problems.errors} error(s), ${problems.warnings} warning(s)`} in ${seconds(Date.now() - typechecked)} s`,
);
process.exitCode = diagnostics.length > 0 || problems.errors + problems.warnings > 0 ? 1 : 0;
