import { adviceFor, ProblemError, problemOf } from './problem';

describe('problemOf', () => {
  it('keeps the title and detail of a problem+json answer', async () => {
    const reply = new Response(
      JSON.stringify({
        title: 'Too Many Requests',
        detail: 'Quota of 600 per minute used',
        status: 429,
      }),
      { status: 429, headers: { 'content-type': 'application/problem+json' } },
    );
    const problem = await problemOf(reply);
    expect(problem).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect(problem.message).toBe('Too Many Requests: Quota of 600 per minute used');
  });

  it('names the fields of a validation problem, first problem per field', async () => {
    const reply = new Response(
      JSON.stringify({
        title: 'The request is not valid',
        status: 400,
        errors: [
          { pointer: '/email', detail: 'must be an email address' },
          { pointer: '/email', detail: 'must be at most 254 characters' },
          { pointer: '/tags/0/value', detail: 'must not be empty' },
          { pointer: '#/query/q', detail: 'too long' },
        ],
      }),
      { status: 400, headers: { 'content-type': 'application/problem+json' } },
    );
    expect((await problemOf(reply)).fieldErrors).toEqual({
      email: 'must be an email address',
      tags: 'must not be empty',
    });
  });

  it('falls back to the status text when the body is no problem', async () => {
    const problem = await problemOf(
      new Response('<html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(problem.message).toBe('Bad Gateway');
  });
});

describe('adviceFor', () => {
  it.each([
    [401, /Sign in again/],
    [404, /not yours/],
    [429, /Wait a minute/],
    [503, /not answering/],
    [422, /Try again/],
  ])('tells what to do after a %i', (status, advice) => {
    expect(adviceFor(new ProblemError(status, 't', undefined))).toMatch(advice);
  });

  it('tells to check the connection when nothing answered', () => {
    expect(adviceFor(new TypeError('Failed to fetch'))).toMatch(/connection/);
  });
});
