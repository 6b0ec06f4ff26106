import { jobAskModel, twinModel } from './job-ask-model/job-ask-classifier';
import { loadGuidanceModels } from './learned-models';
import { partModelThreshold } from './part-models/part-detectors';

describe('loadGuidanceModels', () => {
  it('reads and validates every committed weights file, once', () => {
    expect(() => loadGuidanceModels()).not.toThrow();
    // Read once: later calls hand back the same parsed models, not a second copy.
    expect(jobAskModel()).toBe(jobAskModel());
    expect(twinModel()).toBe(twinModel());
    expect(twinModel()).not.toBe(jobAskModel());
    expect(partModelThreshold('parts.why-you')).toEqual(expect.any(Number));
  });
});
