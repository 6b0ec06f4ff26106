import { batchedAppend, singleAppend } from './append';
import { consumerProjection } from './consume';
import { appendToProjection } from './latency';
import { relayThroughput } from './relay';
import { benchMain, type Measurement } from './bench-runner';

/**
 * Event store, relay and consumer throughput against raw driver baselines measured on the same
 * servers in the same run, and end-to-end latency under a steady load. See bench/README.md.
 *
 *   npm run bench:eventstore [-- <measurement>…]
 * Servers are found as the tests find them (RAPPORT_* settings; libs/testing/src/servers.ts).
 *
 * Naming measurements runs only those and leaves the results file alone. The exit code is
 * non-zero only when something failed; missed goals are reported, not fatal.
 */
const MEASUREMENTS: Record<string, Measurement> = {
  'batched-append': batchedAppend,
  'single-append': singleAppend,
  relay: relayThroughput,
  consumer: consumerProjection,
  latency: appendToProjection,
};

benchMain('eventstore', MEASUREMENTS);
