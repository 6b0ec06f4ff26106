export { createLogger, withCorrelation, type Logger } from './logging';
export { collectProcessMetrics, counter, gauge, histogram, metricsRegistry } from './metrics';
