import { pollUntil } from './poll';
import { testServers } from './servers';

describe('pollUntil', () => {
  it('returns the first value the probe yields', async () => {
    let calls = 0;
    const value = await pollUntil(
      'the third call',
      () => (++calls >= 3 ? `call ${calls}` : undefined),
      {
        intervalMs: 1,
      },
    );
    expect(value).toBe('call 3');
  });

  it('keeps polling through probe errors until a value comes', async () => {
    let calls = 0;
    const value = await pollUntil(
      'a probe that fails twice',
      () => {
        calls += 1;
        if (calls < 3) throw new Error('not yet');
        return calls;
      },
      { intervalMs: 1 },
    );
    expect(value).toBe(3);
  });

  it('fails with what it waited for and the last error once the deadline passes', async () => {
    await expect(
      pollUntil(
        'a server that never answers',
        () => {
          throw new Error('connection refused');
        },
        { timeoutMs: 20, intervalMs: 5 },
      ),
    ).rejects.toThrow(/a server that never answers \(last error: connection refused\)/);
  });
});

describe('testServers', () => {
  it('uses the local servers on their default ports when nothing is set', () => {
    const servers = testServers({});
    expect(servers.mongoUrl).toBe('mongodb://127.0.0.1:27017/');
    expect(servers.kafkaBrokers).toEqual(['127.0.0.1:9092']);
    expect(servers.temporalAddress).toBe('127.0.0.1:7233');
    expect(servers.sendgridUrl).toBe('http://127.0.0.1:3030');
    expect(servers.temporalTestServer).toMatch(
      /temporal-test-server-[\d.]+\/bin\/temporal-test-server$/,
    );
  });

  it('follows port overrides and external servers', () => {
    const servers = testServers({
      RAPPORT_MONGO_PORT: '28017',
      RAPPORT_KAFKA_BROKERS: 'k1:9092,k2:9092',
      RAPPORT_TEMPORAL_ADDRESS: 'temporal.internal:7233',
      RAPPORT_SENDGRID_PORT: '13030',
    });
    expect(servers.mongoUrl).toBe('mongodb://127.0.0.1:28017/');
    expect(servers.kafkaBrokers).toEqual(['k1:9092', 'k2:9092']);
    expect(servers.temporalAddress).toBe('temporal.internal:7233');
    expect(servers.sendgridUrl).toBe('http://127.0.0.1:13030');
    expect(testServers({ RAPPORT_SENDGRID_URL: 'https://api.sendgrid.com' }).sendgridUrl).toBe(
      'https://api.sendgrid.com',
    );
  });
});
