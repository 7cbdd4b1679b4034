import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

// GET /dashboard: the reference dashboard page (src/server/dashboard/), and the two libraries it
// runs in the browser, served from this project's own dependencies (no CDN). The page holds no
// data: it asks /graphql with the key typed into it, under the same rules as any client.

const require = createRequire(import.meta.url);
const pageDir = fileURLToPath(new URL('./dashboard/', import.meta.url));
const vendor: Record<string, string> = {
  'chart.umd.min.js': path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'),
  'graphql-ws.min.js': path.join(path.dirname(require.resolve('graphql-ws/package.json')), 'umd', 'graphql-ws.min.js'),
};

export function dashboardPage(): Router {
  const router = express.Router();
  router.use((req, res, next) => {
    // The socket's origin, named for browsers whose 'self' does not cover ws:; a Host header that
    // is not a host name (a quote, a semicolon) must not write into the policy.
    const host = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(req.get('host') ?? '')
      ? req.get('host')
      : null;
    res.setHeader(
      'content-security-policy',
      [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        host ? `connect-src 'self' ws://${host} wss://${host}` : "connect-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  router.get('/', (_req, res) => res.sendFile(path.join(pageDir, 'index.html')));
  router.get('/vendor/:file', (req, res, next) => {
    const file = vendor[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  router.get(['/dashboard.js', '/dashboard.css'], (req, res) =>
    res.sendFile(path.join(pageDir, path.basename(req.path))),
  );
  return router;
}
