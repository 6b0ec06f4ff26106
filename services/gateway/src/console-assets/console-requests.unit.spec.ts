import { consoleAnswerFor } from './console-requests';

const HTML = 'text/html,application/xhtml+xml,*/*;q=0.8';

describe('consoleAnswerFor', () => {
  it('answers a client route a browser navigates to with the page', () => {
    expect(consoleAnswerFor('GET', '/', HTML)).toEqual({ kind: 'page' });
    expect(consoleAnswerFor('GET', '/network?q=ada', HTML)).toEqual({ kind: 'page' });
    expect(consoleAnswerFor('HEAD', '/pipeline/rel-1', HTML)).toEqual({ kind: 'page' });
  });

  it('gives API clients no page for an unknown path', () => {
    expect(consoleAnswerFor('GET', '/network', 'application/json')).toBeUndefined();
    expect(consoleAnswerFor('GET', '/network', undefined)).toBeUndefined();
  });

  it('names files by their last segment, hashed assets as immutable', () => {
    expect(consoleAnswerFor('GET', '/assets/index-Ab1.js', '*/*')).toEqual({
      kind: 'file',
      file: 'assets/index-Ab1.js',
      immutable: true,
    });
    expect(consoleAnswerFor('GET', '/favicon.ico', '*/*')).toEqual({
      kind: 'file',
      file: 'favicon.ico',
      immutable: false,
    });
  });

  it.each(['/v1/members/ada/contacts', '/auth/session', '/oidc/auth', '/health', '/docs'])(
    'leaves the gateway’s own %s alone',
    (url) => expect(consoleAnswerFor('GET', url, HTML)).toBeUndefined(),
  );

  it.each(['/assets/../../etc/passwd', '/%2e%2e/secret', '/a//b', '/.env', '/x\\y'])(
    'refuses %s, which could leave the build folder',
    (url) => expect(consoleAnswerFor('GET', url, HTML)).toBeUndefined(),
  );

  it('serves nothing but reads', () => {
    expect(consoleAnswerFor('POST', '/network', HTML)).toBeUndefined();
  });
});
