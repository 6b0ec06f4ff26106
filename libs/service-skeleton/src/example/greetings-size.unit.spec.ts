import { readFileSync } from 'node:fs';
import path from 'node:path';

// The skeleton's promise, checked: a new service's module, consumers and main (with its typed
// configuration) together stay under 60 lines.
const SERVICE_FILES = [
  'greetings.module.ts',
  'greetings.consumers.ts',
  'greetings.service.ts',
  'greetings.main.ts',
];

describe('the example service', () => {
  it('declares its module, consumers, configuration and main in under 60 lines', () => {
    const lines = SERVICE_FILES.map(
      (file) => readFileSync(path.join(__dirname, file), 'utf8').trimEnd().split('\n').length,
    );
    expect(lines.reduce((sum, count) => sum + count, 0)).toBeLessThan(60);
  });
});
