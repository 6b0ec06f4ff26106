import { generateInternalKeyPair, verifyInternalToken } from '@rapport/platform/http';
import { type InternalCaller, InternalTokenMint } from './internal-token-mint';

describe('internal tokens minted per caller and service', () => {
  const coach: InternalCaller = {
    tenantId: 'uni',
    actorId: 'cora',
    role: 'coach',
    scopes: [],
    assignedMemberIds: ['ada'],
  };
  const at = Date.now();
  let keys: { privateKeyPem: string; publicKeyPem: string };
  let mint: InternalTokenMint;

  beforeAll(async () => {
    keys = await generateInternalKeyPair();
  });
  beforeEach(() => {
    mint = new InternalTokenMint(keys.privateKeyPem);
  });

  it('sends the same token again for half a minute, then a new one', async () => {
    const first = await mint.tokenFor('outreach', coach, at);
    expect(await mint.tokenFor('outreach', coach, at + 29_999)).toBe(first);
    expect(await mint.tokenFor('outreach', coach, at + 30_000)).not.toBe(first);
  });

  it('mints anew when anything the service decides on differs', async () => {
    const first = await mint.tokenFor('outreach', coach, at);
    const others = [
      await mint.tokenFor('contacts', coach, at),
      await mint.tokenFor('outreach', { ...coach, assignedMemberIds: ['ada', 'ben'] }, at),
      await mint.tokenFor('outreach', { ...coach, assignedMemberIds: [] }, at),
      await mint.tokenFor('outreach', { ...coach, actorId: 'carl' }, at),
      await mint.tokenFor('outreach', { ...coach, tenantId: 'other' }, at),
      await mint.tokenFor('outreach', { ...coach, role: 'admin' }, at),
      await mint.tokenFor('outreach', { ...coach, scopes: ['contacts:read'] }, at),
    ];
    expect(new Set([first, ...others]).size).toBe(others.length + 1);
  });

  it("finds a holder's token by the holder itself, per service, for as long as it is reused", async () => {
    const holder = { caller: 'ada' };
    expect(mint.heldFor(holder, 'outreach', at)).toBeUndefined();
    const token = await mint.tokenFor('outreach', coach, at, holder);
    expect(mint.heldFor(holder, 'outreach', at + 29_999)).toBe(token);
    expect(mint.heldFor(holder, 'outreach', at + 30_000)).toBeUndefined();
    expect(mint.heldFor(holder, 'contacts', at)).toBeUndefined();
    expect(mint.heldFor({ caller: 'ada' }, 'outreach', at)).toBeUndefined();
    // Asked without the holder, the same caller's token is the one the holder was given.
    expect(await mint.tokenFor('outreach', coach, at + 1)).toBe(token);
  });

  it('names the caller to the service, and leaves the correlation id to the header', async () => {
    const token = await mint.tokenFor('outreach', coach, at);
    const context = await verifyInternalToken(token, keys.publicKeyPem, 'outreach', 'from-header');
    expect(context).toEqual({
      tenantId: 'uni',
      actor: { id: 'cora', role: 'coach' },
      scopes: [],
      assignedMemberIds: ['ada'],
      correlationId: 'from-header',
    });
    await expect(verifyInternalToken(token, keys.publicKeyPem, 'contacts')).rejects.toThrow();
  });
});
