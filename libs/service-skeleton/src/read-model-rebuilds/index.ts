export { READ_MODELS, ReadModelRebuilds, STALE_AFTER_MS } from './read-model-rebuilds';
export {
  ReadModelRebuildsController,
  type RebuildView,
} from './read-model-rebuilds.http.controller';
export type { RebuildRecord, RebuildState } from './rebuild-records';
