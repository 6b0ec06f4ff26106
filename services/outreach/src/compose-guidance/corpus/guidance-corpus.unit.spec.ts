import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTrainingFiles, parseGuidanceCorpus, trainingFileName } from './guidance-corpus';
import { WRITTEN_SPLITS } from './written-splits';

const message = {
  id: 'x01',
  split: 'held-out',
  channel: 'text',
  register: 'casual',
  body: ['hi, can I ask you about your work?'],
  mustFire: ['ask.job-language'],
  mustNotFire: [],
};

/**
 * The loader on file texts written here, never on held-out.json: that split is read only by the
 * bench (see README.md), and between splits it is empty.
 */
describe('the guidance corpus loader', () => {
  it('reads an empty split as no messages', () => {
    expect(parseGuidanceCorpus('held-out', '{"split":"held-out","messages":[]}')).toEqual([]);
  });

  it('turns a message into a labelled draft', () => {
    const text = JSON.stringify({ split: 'held-out', messages: [message] });
    expect(parseGuidanceCorpus('held-out', text)).toEqual([
      {
        id: 'x01',
        register: 'casual',
        draft: { channel: 'text', body: 'hi, can I ask you about your work?' },
        mustFire: ['ask.job-language'],
        mustNotFire: [],
      },
    ]);
  });

  it.each([
    ['a file of another split', { split: 'training', messages: [] }],
    [
      'a message filed under another split',
      { split: 'held-out', messages: [{ ...message, split: 'training' }] },
    ],
    ['a duplicate id', { split: 'held-out', messages: [message, message] }],
    [
      'a rule on both lists',
      { split: 'held-out', messages: [{ ...message, mustNotFire: ['ask.job-language'] }] },
    ],
  ])('refuses %s', (_case, file) => {
    expect(() => parseGuidanceCorpus('held-out', JSON.stringify(file))).toThrow();
  });
});

/** The training folder's rules, on folders written here: one file per written split, no other. */
describe('the training files', () => {
  let folder: string;
  const training = (id: string) => ({ ...message, id, split: 'training' });
  const write = (name: string, messages: object[]) =>
    writeFileSync(path.join(folder, name), JSON.stringify({ split: 'training', messages }));

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'guidance-training-'));
    for (const split of WRITTEN_SPLITS) write(trainingFileName(split), []);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads every written split from its own file, in the order of WRITTEN_SPLITS', () => {
    write('held-out-21a.json', [training('ia001')]);
    write('held-out-1.json', [training('h01')]);
    expect(loadTrainingFiles(folder).map((m) => m.id)).toEqual(['h01', 'ia001']);
    expect(readdirSync(folder)).toContain('training-writer-bn.json');
  });

  it('refuses a message filed under another split', () => {
    write('held-out-21a.json', [training('ib001')]);
    expect(() => loadTrainingFiles(folder)).toThrow(/ib001 is filed under held-out-21a.json/);
  });

  it('refuses a file no written split names', () => {
    write('held-out-99.json', []);
    expect(() => loadTrainingFiles(folder)).toThrow(/held-out-99.json/);
  });

  it('refuses a written split without its file', () => {
    rmSync(path.join(folder, 'training-writer-bn.json'));
    expect(() => loadTrainingFiles(folder)).toThrow();
  });
});
