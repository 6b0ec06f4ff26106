import { Connection } from '@temporalio/client';
import { serverAddresses } from '../server-addresses';
import { temporalProbe } from './health-probes';

describe('the Temporal health probe', () => {
  it('passes against the running server and fails, in time, against nothing', async () => {
    const live = await Connection.connect({ address: serverAddresses().temporalAddress });
    try {
      await expect(temporalProbe(live).check()).resolves.toBeUndefined();
    } finally {
      await live.close();
    }
    // Nothing listens on port 1: the lazy connection cannot be made, and the probe says so.
    const dead = Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 500 });
    const started = Date.now();
    await expect(temporalProbe(dead).check()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
