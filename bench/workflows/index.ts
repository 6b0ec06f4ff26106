// The workflow bundle of the bench's worker: the real relationship workflow, imported from its
// source exactly as the relationship worker bundles it, beside the no-op baseline.
export { relationshipLifecycle } from '../../workflows/relationship/src/workflows/relationship-lifecycle.workflow';
export { benchNoop } from './noop.workflow';
