import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');
const buf = path.join(repoRoot, 'node_modules/.bin/buf');
const baseline = path.join(repoRoot, 'proto/baseline/contracts.binpb');
const contactsProto = 'rapport/contacts/v1/contacts.proto';

function bufBreaking(protoDir: string): { status: number | null; output: string } {
  const result = spawnSync(buf, ['breaking', protoDir, '--against', baseline], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Applies `edit` to the body of one message only, so the change cannot leak into another. */
function editMessage(source: string, message: string, edit: (body: string) => string): string {
  const start = source.indexOf(`message ${message} {`);
  const end = source.indexOf('\n}', start);
  if (start < 0 || end < 0) throw new Error(`message ${message} not found`);
  return source.slice(0, start) + edit(source.slice(start, end)) + source.slice(end);
}

describe('buf breaking against the committed baseline', () => {
  let workDir: string;
  let protoCopy: string;

  beforeEach(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'rapport-contracts-'));
    protoCopy = path.join(workDir, 'proto');
    cpSync(path.join(repoRoot, 'proto'), protoCopy, { recursive: true });
  });

  afterEach(() => rmSync(workDir, { recursive: true, force: true }));

  it('passes for the unmodified contracts', () => {
    const { status, output } = bufBreaking(protoCopy);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 30_000);

  it.each([
    [
      'a changed field type',
      (body: string) => body.replace('string family_name = 4;', 'int64 family_name = 4;'),
    ],
    [
      'a renumbered field',
      (body: string) => body.replace('string family_name = 4;', 'string family_name = 40;'),
    ],
  ])(
    'fails on %s in ContactAdded and names the field',
    (_label, edit) => {
      const file = path.join(protoCopy, contactsProto);
      const source = readFileSync(file, 'utf8');
      const changed = editMessage(source, 'ContactAdded', edit);
      expect(changed).not.toBe(source);
      writeFileSync(file, changed);

      const { status, output } = bufBreaking(protoCopy);
      expect(status).not.toBe(0);
      expect(output).toContain('family_name');
      expect(output).toContain('ContactAdded');
    },
    30_000,
  );
});
