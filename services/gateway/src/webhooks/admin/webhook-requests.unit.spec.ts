import { receiverUrl, subscriptionBody } from './webhook-requests';

describe('webhook receiver URLs', () => {
  const accepts = (production: boolean, url: string) =>
    receiverUrl(!production).safeParse(url).success;

  it('takes only https in production', () => {
    expect(accepts(true, 'https://partner.example/hooks')).toBe(true);
    expect(accepts(true, 'http://partner.example/hooks')).toBe(false);
    expect(accepts(true, 'http://127.0.0.1:8080/hooks')).toBe(false);
  });

  it('also takes plain http to the loopback outside production, and nowhere else', () => {
    expect(accepts(false, 'http://127.0.0.1:8080/hooks')).toBe(true);
    expect(accepts(false, 'http://localhost:8080/hooks')).toBe(true);
    expect(accepts(false, 'http://10.0.0.5/hooks')).toBe(false);
    expect(accepts(false, 'ftp://127.0.0.1/hooks')).toBe(false);
  });

  it('refuses credentials, fragments and what is not a URL', () => {
    expect(accepts(false, 'https://user:pw@partner.example/hooks')).toBe(false);
    expect(accepts(false, 'https://partner.example/hooks#x')).toBe(false);
    expect(accepts(false, 'partner.example/hooks')).toBe(false);
  });

  it('wants each event type once, and only known ones', () => {
    const body = (eventTypes: string[]) =>
      subscriptionBody(true).safeParse({
        subscriptionId: 'ws-1',
        url: 'https://partner.example/hooks',
        eventTypes,
      }).success;
    expect(body(['outreach.sent', 'interview.scheduled'])).toBe(true);
    expect(body(['outreach.sent', 'outreach.sent'])).toBe(false);
    expect(body(['outreach.body'])).toBe(false);
    expect(body([])).toBe(false);
  });
});
