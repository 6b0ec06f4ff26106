import type { FastifyReply, FastifyRequest } from 'fastify';
// Types of request.cookies and reply.setCookie; the plugin is registered by GatewayHttpSetup.
import type {} from '@fastify/cookie';

/**
 * The gateway's two cookies. Both HttpOnly and SameSite=Lax (the provider's redirect back is a
 * top-level cross-site navigation, which Lax lets through and Strict would not); Secure, and the
 * session one `__Host-`-prefixed (no Domain, path /), whenever the public URL is https.
 */
export class SessionCookies {
  readonly sessionName: string;
  private readonly secure: boolean;

  constructor(publicUrl: string) {
    this.secure = publicUrl.startsWith('https://');
    this.sessionName = this.secure ? '__Host-rapport_session' : 'rapport_session';
  }

  static readonly signInName = 'rapport_sign_in';

  read(request: FastifyRequest, name: string): string | undefined {
    return request.cookies[name];
  }

  sessionToken(request: FastifyRequest): string | undefined {
    return this.read(request, this.sessionName);
  }

  setSession(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
    this.set(reply, this.sessionName, token, { path: '/', maxAge: maxAgeSeconds });
  }

  clearSession(reply: FastifyReply): void {
    this.set(reply, this.sessionName, '', { path: '/', maxAge: 0 });
  }

  /** Binds a sign-in to the browser that started it (login CSRF): the callback must carry it. */
  setSignIn(reply: FastifyReply, state: string, maxAgeSeconds: number): void {
    this.set(reply, SessionCookies.signInName, state, { path: '/auth', maxAge: maxAgeSeconds });
  }

  clearSignIn(reply: FastifyReply): void {
    this.set(reply, SessionCookies.signInName, '', { path: '/auth', maxAge: 0 });
  }

  private set(
    reply: FastifyReply,
    name: string,
    value: string,
    options: { path: string; maxAge: number },
  ): void {
    void reply.setCookie(name, value, {
      ...options,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secure,
    });
  }
}
