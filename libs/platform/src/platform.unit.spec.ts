import { Writable } from 'node:stream';
import pino from 'pino';
import { counter, metricsRegistry } from './metrics';
import { withCorrelation } from './logging';

describe('metrics', () => {
  it('hands out one series per name, so several instances count together', async () => {
    const a = counter('rapport_test_things_total', 'things', ['kind']);
    const b = counter('rapport_test_things_total', 'things', ['kind']);
    a.inc({ kind: 'x' });
    b.inc({ kind: 'x' }, 2);
    expect(await metricsRegistry.getSingleMetricAsString('rapport_test_things_total')).toContain(
      'rapport_test_things_total{kind="x"} 3',
    );
  });
});

describe('withCorrelation', () => {
  it('stamps the ids on every line and leaves out the missing ones', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = withCorrelation(pino({ base: null, timestamp: false }, sink), {
      correlationId: 'corr-9',
      tenantId: 'uni-a',
      causationId: undefined,
    });
    logger.info('hello');
    expect(JSON.parse(lines[0]!)).toEqual({
      level: 30,
      correlationId: 'corr-9',
      tenantId: 'uni-a',
      msg: 'hello',
    });
  });
});
