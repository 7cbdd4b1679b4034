import type { Logger } from 'pino';
import type { Db } from './db/database.js';
import type { PubSub } from './server/pubsub.js';

export type Role = 'ADMIN' | 'ACCOUNTANT' | 'SALES' | 'VIEWER';

/** Who is calling. The embedded default's viewer is its administrator. */
export interface Viewer {
  id: string;
  name: string;
  role: Role;
}

/** Everything a resolver or service may use, built once per request (or per subscription). */
export interface Context {
  requestId: string;
  viewer: Viewer | null;
  prisma: Db;
  pubsub: PubSub;
  log: Logger;
}

export const embeddedAdmin: Viewer = { id: 'embedded-admin', name: 'Administrator', role: 'ADMIN' };
