/**
 * Enough of a browser for sign-in specs: a cookie jar (by name; paths are not told apart, which
 * only sends a few more cookies than a browser would), redirects followed one by one so each hop
 * can be inspected, and HTML forms submitted with their hidden fields.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();
  readonly setCookies: string[] = [];

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set(
        'cookie',
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      );
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      this.setCookies.push(cookie);
      const [pair = ''] = cookie.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects from `url` until a page that is not one; returns it and its URL. */
  async follow(
    url: string,
    init: RequestInit = {},
    until: (url: URL) => boolean = () => false,
  ): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.request(current, init);
    for (let hop = 0; hop < 20; hop++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) break;
      current = new URL(location, current).href;
      if (until(new URL(current))) break;
      response = await this.request(current);
    }
    return { response, url: current };
  }

  /** Submits the page's first form with its hidden fields plus `fields`, following redirects. */
  async submitForm(
    pageUrl: string,
    html: string,
    fields: Record<string, string>,
    until?: (url: URL) => boolean,
  ): Promise<{ response: Response; url: string }> {
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
    if (!form?.[1]) throw new Error(`no form on ${pageUrl}: ${html.slice(0, 500)}`);
    const body = new URLSearchParams();
    for (const input of form[2]?.matchAll(/<input[^>]*type="hidden"[^>]*>/gi) ?? []) {
      const name = /name="([^"]+)"/.exec(input[0])?.[1];
      const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
      if (name) body.set(name, value);
    }
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    return this.follow(
      new URL(form[1].replace(/&amp;/g, '&'), pageUrl).href,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      },
      until,
    );
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/**
 * Signs `login` in to the demo institution through the local provider: the gateway's redirect,
 * the provider's login and consent forms, and the callback. Returns the last hop's URL.
 */
export async function signInThroughLocalIdp(
  browser: Browser,
  gatewayUrl: string,
  tenantId: string,
  login: string,
  options: { returnTo?: string; stopAtCallback?: boolean } = {},
): Promise<{ landedOn: string; callbackUrl: string | undefined }> {
  let callbackUrl: string | undefined;
  const isCallback = (url: URL) => {
    if (!url.pathname.endsWith('/callback')) return false;
    callbackUrl = url.href;
    return options.stopAtCallback === true;
  };
  const returnTo = options.returnTo ?? '/';
  const start = `${gatewayUrl}/auth/${tenantId}/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
  let page = await browser.follow(start, {}, isCallback);
  const isForm = () =>
    page.response.status === 200 && page.response.headers.get('content-type')?.includes('html');
  for (let step = 0; step < 4 && isForm(); step++) {
    const html = await page.response.text();
    const fields: Record<string, string> = /name="login"/.test(html)
      ? { login, password: 'demo' }
      : {};
    page = await browser.submitForm(page.url, html, fields, isCallback);
  }
  return { landedOn: page.url, callbackUrl };
}
