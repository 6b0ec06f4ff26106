import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// Until the gateway serves the built console itself (issue 17: "served through the gateway"),
// the dev server and `vite preview` stand in front of it: the gateway's routes are proxied, so the
// console, its API calls and the sign-in flow share one origin and the session cookie
// (HttpOnly, SameSite=Lax) is sent without CORS.
const gateway = process.env['RAPPORT_GATEWAY_URL'] ?? 'http://127.0.0.1:4100';
const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  ['/auth', '/oidc', '/v1'].map((prefix) => [prefix, { target: gateway, xfwd: true }]),
);

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { host: '127.0.0.1', port: 4106, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4106, strictPort: true, proxy },
});
