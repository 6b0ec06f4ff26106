import { allowedAddresses, literalRefusal, ReceiverRefused, refusalOf } from './receiver-addresses';

describe('addresses a webhook may be sent to', () => {
  it('passes public unicast addresses, IPv4 and IPv6', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']) {
      expect(refusalOf(address, false)).toBeUndefined();
    }
  });

  it('refuses private, loopback, link-local, multicast, CGNAT and metadata ranges', () => {
    for (const address of [
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '127.0.0.1',
      '0.0.0.0',
      '169.254.169.254', // the cloud metadata service
      '100.64.0.1', // carrier-grade NAT
      '100.100.100.200', // another cloud's metadata, inside CGNAT
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254', // the metadata service over IPv6
      'ff02::1',
      '::ffff:10.0.0.1', // IPv4-mapped: judged by the IPv4 address inside
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      '64:ff9b::a00:1', // NAT64 of 10.0.0.1
      '2002:a00:1::', // 6to4 of 10.0.0.1
    ]) {
      expect([address, refusalOf(address, false)]).toEqual([address, expect.any(String)]);
    }
  });

  it('passes the loopback only when local receivers are allowed', () => {
    expect(refusalOf('127.0.0.1', true)).toBeUndefined();
    expect(refusalOf('::1', true)).toBeUndefined();
    expect(refusalOf('::ffff:127.0.0.1', true)).toBeUndefined();
    expect(refusalOf('10.0.0.1', true)).toMatch(/private/);
    expect(refusalOf('169.254.169.254', true)).toMatch(/linkLocal/);
  });

  it('judges IP literals in URLs, brackets included, and leaves names to DNS', () => {
    expect(literalRefusal('[::1]', false)).toMatch(/loopback/);
    expect(literalRefusal('169.254.169.254', false)).toMatch(/linkLocal/);
    expect(literalRefusal('partner.example', false)).toBeUndefined();
  });

  it('refuses a name when any address it resolves to is refused, or when it does not resolve', async () => {
    const resolving =
      (...addresses: string[]) =>
      () =>
        Promise.resolve(
          addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
        );
    await expect(
      allowedAddresses('partner.example', false, resolving('93.184.215.14')),
    ).resolves.toEqual([{ address: '93.184.215.14', family: 4 }]);
    await expect(
      allowedAddresses('partner.example', false, resolving('93.184.215.14', '10.0.0.7')),
    ).rejects.toThrow(ReceiverRefused);
    await expect(allowedAddresses('partner.example', false, resolving())).rejects.toThrow(
      /does not resolve/,
    );
    const failing = () => Promise.reject(Object.assign(new Error('nx'), { code: 'ENOTFOUND' }));
    await expect(allowedAddresses('nowhere.example', false, failing)).rejects.toThrow(/ENOTFOUND/);
  });
});
