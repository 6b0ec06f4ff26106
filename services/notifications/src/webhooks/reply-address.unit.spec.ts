import { addressesIn, headerValues, messageIdsIn, threadAddressIn } from './reply-address';

const domain = 'reply.rapport.test';

describe('reply addresses', () => {
  it('reads every address of a list header, display names and all', () => {
    expect(addressesIn('"Lovelace, Ada" <ada@x.example>, b@y.example; Team: c@z.example;')).toEqual(
      ['ada@x.example', 'b@y.example', 'c@z.example'],
    );
    expect(addressesIn(undefined)).toEqual([]);
  });

  it('takes the token of the first reply address at the reply domain, exactly as written', () => {
    expect(
      threadAddressIn(['ada@x.example', 'reply+AbC_12-xyz@Reply.Rapport.Test'], domain),
    ).toEqual({ found: 'token', token: 'AbC_12-xyz' });
  });

  it('tells a wrong domain, a malformed token and no reply address apart', () => {
    expect(threadAddressIn(['reply+abcdefgh@reply.evil.example'], domain)).toEqual({
      found: 'other-domain',
    });
    expect(threadAddressIn(['reply+ab@reply.rapport.test'], domain)).toMatchObject({
      found: 'malformed',
    });
    expect(threadAddressIn(['reply+abc.defgh@reply.rapport.test'], domain)).toMatchObject({
      found: 'malformed',
    });
    expect(threadAddressIn(['ada@reply.rapport.test'], domain)).toEqual({ found: 'none' });
  });

  it('reads folded headers and message ids without their brackets', () => {
    const raw =
      'Subject: hi\r\nIn-Reply-To:\r\n <a@b.example>\r\n <c@d.example>\r\nmessage-id: <m@x>';
    expect(messageIdsIn(headerValues(raw, 'In-Reply-To')[0])).toEqual([
      'a@b.example',
      'c@d.example',
    ]);
    expect(messageIdsIn(headerValues(raw, 'Message-ID')[0])).toEqual(['m@x']);
    expect(headerValues(raw, 'References')).toEqual([]);
  });
});
