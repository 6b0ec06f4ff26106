export { createLogger, withCorrelation, type Logger } from './logging';
export { collectProcessMetrics, counter, gauge, histogram, metricsRegistry } from './metrics';
export { serverAddresses, type ServerAddresses } from './server-addresses';
export { PENDING_WRITES, type PendingWrites } from './pending-writes';
export { MULTI_LINE_PATTERN, SINGLE_LINE_PATTERN, multiLine, singleLine } from './text-fields';
export { againOnDuplicateKey, duplicateKeyIndexes, isDuplicateKeyError } from './duplicate-key';
