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
