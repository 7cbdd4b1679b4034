import type { Logger } from 'pino';
import type { Db } from './db/database.js';
import type { PubSub } from './server/pubsub.js';

export type Role = 'ADMIN' | 'ACCOUNTANT' | 'SALES' | 'VIEWER';

/** Who is calling: the holder of an API key (or of ADMIN_API_KEY). */
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
  /** The current instant; tests pin it to make "today" and overdue days repeatable. */
  now: () => Date;
}
