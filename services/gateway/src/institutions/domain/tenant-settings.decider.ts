import type { Decider } from '@rapport/eventstore';
import type {
  IdentityProviderSettings,
  RatePlanEvent,
  RatePlanQuotas,
  RatePlanState,
  TenantSettingsEvent,
  TenantSettingsState,
} from './tenant-settings.events';

/**
 * Each command replaces one setting whole. The same value again decides nothing, so a repeated
 * request is answered as the first one was; what is expected of If-Match is checked by the
 * writer against the setting's own version.
 */
export type TenantSettingsCommand =
  | { readonly type: 'ConfigureIdentityProvider'; readonly provider: IdentityProviderSettings }
  | { readonly type: 'ReplaceCorsOrigins'; readonly origins: readonly string[] }
  | { readonly type: 'ChooseRatePlan'; readonly plan: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function configure(
  { provider }: Extract<TenantSettingsCommand, { type: 'ConfigureIdentityProvider' }>,
  state: TenantSettingsState,
): TenantSettingsEvent[] {
  const current = state.identityProvider;
  if (current && same({ ...current, version: 0 }, { ...provider, version: 0 })) return [];
  return [{ type: 'IdentityProviderConfigured', data: provider }];
}

function replaceOrigins(
  { origins }: Extract<TenantSettingsCommand, { type: 'ReplaceCorsOrigins' }>,
  state: TenantSettingsState,
): TenantSettingsEvent[] {
  const wanted = [...new Set(origins)].sort();
  if (same(wanted, state.cors.origins)) return [];
  const removed = state.cors.origins.filter((origin) => !wanted.includes(origin));
  return [{ type: 'CorsOriginsReplaced', data: { origins: wanted, removed } }];
}

function choosePlan(
  { plan }: Extract<TenantSettingsCommand, { type: 'ChooseRatePlan' }>,
  state: TenantSettingsState,
): TenantSettingsEvent[] {
  return state.ratePlan?.plan === plan ? [] : [{ type: 'RatePlanChosen', data: { plan } }];
}

export const tenantSettingsDecider: Decider<
  TenantSettingsCommand,
  TenantSettingsEvent,
  TenantSettingsState
> = {
  initialState: { cors: { origins: [], version: 0 } },
  decide(command, state) {
    switch (command.type) {
      case 'ConfigureIdentityProvider':
        return configure(command, state);
      case 'ReplaceCorsOrigins':
        return replaceOrigins(command, state);
      case 'ChooseRatePlan':
        return choosePlan(command, state);
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'IdentityProviderConfigured':
        return {
          ...state,
          identityProvider: { ...event.data, version: (state.identityProvider?.version ?? 0) + 1 },
        };
      case 'CorsOriginsReplaced':
        return { ...state, cors: { origins: event.data.origins, version: state.cors.version + 1 } };
      case 'RatePlanChosen':
        return {
          ...state,
          ratePlan: { plan: event.data.plan, version: (state.ratePlan?.version ?? 0) + 1 },
        };
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  },
};

export type RatePlanCommand = {
  readonly type: 'DefineRatePlan';
  readonly plan: string;
} & RatePlanQuotas;

/** A plan of the catalogue, defined and redefined whole by operators. */
export const ratePlanDecider: Decider<RatePlanCommand, RatePlanEvent, RatePlanState> = {
  initialState: { status: 'absent' },
  decide({ plan, personPerMinute, partnerPerMinute }, state) {
    if (
      state.status === 'defined' &&
      state.personPerMinute === personPerMinute &&
      state.partnerPerMinute === partnerPerMinute
    ) {
      return [];
    }
    return [{ type: 'RatePlanDefined', data: { plan, personPerMinute, partnerPerMinute } }];
  },
  evolve(_state, event) {
    return { status: 'defined', ...event.data };
  },
};
