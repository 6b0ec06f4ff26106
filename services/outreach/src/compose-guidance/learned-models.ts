import { jobAskModel, twinModel } from './job-ask-model/job-ask-classifier';
import { loadPartModels } from './part-models/part-detectors';

/**
 * Reads and validates every committed weights file now (the job-ask classifier, the twin model and
 * the part detectors), instead of on the first draft checked. The service calls it at start, so a
 * malformed file stops it there; code that only imports the check, such as a test that starts the
 * service's module without checking a draft, never pays for reading them.
 */
export function loadGuidanceModels(): void {
  jobAskModel();
  twinModel();
  loadPartModels();
}
