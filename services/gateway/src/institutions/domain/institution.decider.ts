import type { Decider } from '@rapport/eventstore';
import { InstitutionRejected } from './institution-rejected';
import type { InstitutionEvent, InstitutionState } from './institution.events';
import {
  type Branding,
  DEFAULT_INSTITUTION_POLICY,
  type InstitutionPolicy,
} from './institution-policy';

export type InstitutionCommand =
  | {
      readonly type: 'RegisterInstitution';
      readonly institutionId: string;
      readonly name: string;
      readonly plan: string;
      readonly policy: InstitutionPolicy;
      readonly branding: Branding;
    }
  | { readonly type: 'ReplacePolicy'; readonly policy: InstitutionPolicy; readonly urgent: boolean }
  | { readonly type: 'ChangeBranding'; readonly branding: Branding };

type Registered = Extract<InstitutionState, { status: 'registered' }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function registered(state: InstitutionState): Registered {
  if (state.status === 'absent') {
    throw new InstitutionRejected('institution-not-found', 'the institution is not registered');
  }
  return state;
}

// A registration starts the policy at version 1, so readers never see an institution without one.
function register(
  command: Extract<InstitutionCommand, { type: 'RegisterInstitution' }>,
  state: InstitutionState,
): InstitutionEvent[] {
  if (state.status !== 'absent') {
    throw new InstitutionRejected('institution-exists', `${command.institutionId} is registered`);
  }
  const { institutionId, name, plan, policy, branding } = command;
  return [
    { type: 'InstitutionRegistered', data: { institutionId, name, plan } },
    { type: 'PolicyChanged', data: { version: 1, policy, urgent: false } },
    { type: 'BrandingChanged', data: { branding } },
  ];
}

function replacePolicy(
  command: Extract<InstitutionCommand, { type: 'ReplacePolicy' }>,
  state: InstitutionState,
): InstitutionEvent[] {
  const current = registered(state);
  // The same policy again is no change: nothing to tell running relationships.
  if (same(current.policy, command.policy)) return [];
  const version = current.policyVersion + 1;
  return [
    { type: 'PolicyChanged', data: { version, policy: command.policy, urgent: command.urgent } },
  ];
}

function changeBranding(
  command: Extract<InstitutionCommand, { type: 'ChangeBranding' }>,
  state: InstitutionState,
): InstitutionEvent[] {
  const current = registered(state);
  if (same(current.branding, command.branding)) return [];
  return [{ type: 'BrandingChanged', data: { branding: command.branding } }];
}

function evolve(state: InstitutionState, event: InstitutionEvent): InstitutionState {
  switch (event.type) {
    case 'InstitutionRegistered':
      return {
        status: 'registered',
        ...event.data,
        // The PolicyChanged and BrandingChanged of the same append replace these at once.
        policyVersion: 0,
        policy: DEFAULT_INSTITUTION_POLICY,
        branding: { displayName: event.data.name, primaryColor: '#1f4e79', logoUrl: '' },
      };
    case 'PolicyChanged':
      return { ...registered(state), policyVersion: event.data.version, policy: event.data.policy };
    case 'BrandingChanged':
      return { ...registered(state), branding: event.data.branding };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

export const institutionDecider: Decider<InstitutionCommand, InstitutionEvent, InstitutionState> = {
  initialState: { status: 'absent' },
  decide(command, state) {
    switch (command.type) {
      case 'RegisterInstitution':
        return register(command, state);
      case 'ReplacePolicy':
        return replacePolicy(command, state);
      case 'ChangeBranding':
        return changeBranding(command, state);
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  },
  evolve,
};
