import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');
const committedGen = path.join(repoRoot, 'libs/contracts/src/gen');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .sort();
}

describe('committed generated code', () => {
  let workDir: string;

  beforeAll(() => {
    // A scratch copy of the repository layout, so the real buf.gen.yaml runs unchanged and
    // writes to <workDir>/libs/contracts/src/gen instead of over the committed files.
    workDir = mkdtempSync(path.join(tmpdir(), 'rapport-contracts-gen-'));
    cpSync(path.join(repoRoot, 'proto'), path.join(workDir, 'proto'), { recursive: true });
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
  });

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('is what `buf generate` produces from proto/ (run `npx nx run contracts:generate`)', () => {
    const result = spawnSync(
      path.join(repoRoot, 'node_modules/.bin/buf'),
      ['generate', '--template', 'buf.gen.yaml'],
      { cwd: path.join(workDir, 'proto'), encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    const freshGen = path.join(workDir, 'libs/contracts/src/gen');
    const files = filesUnder(freshGen);
    expect(files.length).toBeGreaterThan(0);
    expect(filesUnder(committedGen)).toEqual(files);
    for (const file of files) {
      const committed = readFileSync(path.join(committedGen, file), 'utf8');
      expect({ file, content: committed }).toEqual({
        file,
        content: readFileSync(path.join(freshGen, file), 'utf8'),
      });
    }
  }, 60_000);
});
