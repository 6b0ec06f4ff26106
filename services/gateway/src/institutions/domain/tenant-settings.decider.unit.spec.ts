import { ratePlanDecider, tenantSettingsDecider } from './tenant-settings.decider';
import type { IdentityProviderSettings, TenantSettingsEvent } from './tenant-settings.events';

const given = (...events: TenantSettingsEvent[]) =>
  events.reduce(
    (state, event) => tenantSettingsDecider.evolve(state, event),
    tenantSettingsDecider.initialState,
  );

const provider: IdentityProviderSettings = {
  issuer: 'https://login.uni.example',
  clientId: 'rapport',
  sealedClientSecret: 'v1.iv.tag.body',
  scopes: ['openid'],
  roleClaim: 'groups',
  roleValues: { students: 'member' },
};

describe('an institution’s settings', () => {
  it('configures an identity provider, and the same one again is no change', () => {
    const configure = { type: 'ConfigureIdentityProvider', provider } as const;
    const events = tenantSettingsDecider.decide(configure, given());
    expect(events).toEqual([{ type: 'IdentityProviderConfigured', data: provider }]);
    const state = given(...events);
    expect(state.identityProvider).toEqual({ ...provider, version: 1 });
    expect(tenantSettingsDecider.decide(configure, state)).toEqual([]);
    const other = { ...configure, provider: { ...provider, clientId: 'other' } };
    expect(
      given(...events, ...tenantSettingsDecider.decide(other, state)).identityProvider,
    ).toMatchObject({ clientId: 'other', version: 2 });
  });

  it('replaces the origins as a set, naming the ones let go, each setting on its own version', () => {
    const first = tenantSettingsDecider.decide(
      { type: 'ReplaceCorsOrigins', origins: ['https://b.example', 'https://a.example'] },
      given(),
    );
    expect(first).toEqual([
      {
        type: 'CorsOriginsReplaced',
        data: { origins: ['https://a.example', 'https://b.example'], removed: [] },
      },
    ]);
    const state = given(...first);
    expect(
      tenantSettingsDecider.decide(
        { type: 'ReplaceCorsOrigins', origins: ['https://a.example', 'https://b.example'] },
        state,
      ),
    ).toEqual([]);
    const second = tenantSettingsDecider.decide(
      { type: 'ReplaceCorsOrigins', origins: ['https://a.example'] },
      state,
    );
    expect(second[0]?.data).toEqual({
      origins: ['https://a.example'],
      removed: ['https://b.example'],
    });
    const after = given(...first, ...second, { type: 'RatePlanChosen', data: { plan: 'gold' } });
    expect(after.cors.version).toBe(2);
    expect(after.ratePlan).toEqual({ plan: 'gold', version: 1 });
    expect(after.identityProvider).toBeUndefined();
  });

  it('chooses a plan once; the plan it is on already is no change', () => {
    const state = given({ type: 'RatePlanChosen', data: { plan: 'gold' } });
    expect(tenantSettingsDecider.decide({ type: 'ChooseRatePlan', plan: 'gold' }, state)).toEqual(
      [],
    );
    expect(tenantSettingsDecider.decide({ type: 'ChooseRatePlan', plan: 'basic' }, state)).toEqual([
      { type: 'RatePlanChosen', data: { plan: 'basic' } },
    ]);
  });
});

describe('the catalogue of rate plans', () => {
  it('defines a plan, redefines it, and takes the same quotas again as no change', () => {
    const define = {
      type: 'DefineRatePlan',
      plan: 'gold',
      personPerMinute: 60,
      partnerPerMinute: 600,
    } as const;
    const events = ratePlanDecider.decide(define, ratePlanDecider.initialState);
    expect(events).toEqual([
      {
        type: 'RatePlanDefined',
        data: { plan: 'gold', personPerMinute: 60, partnerPerMinute: 600 },
      },
    ]);
    const state = events.reduce(
      (current, event) => ratePlanDecider.evolve(current, event),
      ratePlanDecider.initialState,
    );
    expect(ratePlanDecider.decide(define, state)).toEqual([]);
    expect(ratePlanDecider.decide({ ...define, personPerMinute: 30 }, state)).toHaveLength(1);
  });
});
