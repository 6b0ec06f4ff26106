import { v1Path } from './v1-client';

describe('v1Path', () => {
  it('escapes every id so none can add a segment', () => {
    expect(v1Path`/members/${'ada'}/outreach/${'a/../b'}`).toBe(
      '/v1/members/ada/outreach/a%2F..%2Fb',
    );
  });
});
