import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process-wide Prometheus registry that `/metrics` serves. Libraries register their metrics
 * here through `counter`/`gauge`/`histogram`, which return the existing metric when asked again
 * (several relays or consumers in one process share one series per label set).
 */
export const metricsRegistry = new Registry();
let defaultsCollected = false;

export function collectProcessMetrics(): void {
  if (defaultsCollected) return;
  collectDefaultMetrics({ register: metricsRegistry });
  defaultsCollected = true;
}

function existing<T>(name: string): T | undefined {
  return metricsRegistry.getSingleMetric(name) as T | undefined;
}

export function counter(name: string, help: string, labelNames: string[] = []): Counter {
  return (
    existing<Counter>(name) ?? new Counter({ name, help, labelNames, registers: [metricsRegistry] })
  );
}

export function gauge(name: string, help: string, labelNames: string[] = []): Gauge {
  return (
    existing<Gauge>(name) ?? new Gauge({ name, help, labelNames, registers: [metricsRegistry] })
  );
}

export function histogram(
  name: string,
  help: string,
  labelNames: string[] = [],
  buckets?: number[],
): Histogram {
  return (
    existing<Histogram>(name) ??
    new Histogram({
      name,
      help,
      labelNames,
      registers: [metricsRegistry],
      ...(buckets ? { buckets } : {}),
    })
  );
}
