import { failedRuns, runningInStage, runningWithoutStage } from './visibility-queries';

describe('visibility queries of relationship workflows', () => {
  it('counts one stage of one tenant, or of all', () => {
    expect(runningInStage('paused', 'uni-a')).toBe(
      "RapportTenant = 'uni-a' AND WorkflowType = 'relationshipLifecycle' AND ExecutionStatus = 'Running' AND RapportStage = 'paused'",
    );
    expect(runningInStage('closed')).toBe(
      "WorkflowType = 'relationshipLifecycle' AND ExecutionStatus = 'Running' AND RapportStage = 'closed'",
    );
    expect(runningWithoutStage()).toContain('RapportStage IS NULL');
  });

  it('lists failed, timed-out and terminated runs', () => {
    expect(failedRuns('uni-b')).toBe(
      "RapportTenant = 'uni-b' AND WorkflowType = 'relationshipLifecycle' AND ExecutionStatus IN ('Failed', 'TimedOut', 'Terminated')",
    );
  });

  it('keeps a quote inside its literal', () => {
    expect(runningInStage('paused', "x' OR 'a'='a")).toContain(
      "RapportTenant = 'x\\' OR \\'a\\'=\\'a'",
    );
  });
});
