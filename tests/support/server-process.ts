import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { print, type ExecutionResult } from 'graphql';
import type { GqlClient } from './test-server.js';

/** The repository root: where `npm start` runs. */
export const projectRoot = path.resolve(import.meta.dirname, '../..');

export const processAdminKey = 'test-admin-key-for-spawned-servers-0123456789';

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  /** Every line the process wrote, stdout and stderr, in order. */
  lines: string[];
  /** The JSON log records among them. */
  logs(): Record<string, unknown>[];
  url: string | undefined;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  gql: GqlClient['gql'];
}

export async function temporaryDirectory(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Starts Clientela as an operator would: `node --import tsx src/main.ts` (or `npm start`) in its
 * own process on the embedded database (unless `env` names a DATABASE_URL), with an
 * administrator key in ADMIN_API_KEY.
 */
export function spawnServer(options: {
  dataDir: string;
  port?: number;
  env?: Record<string, string>;
  viaNpm?: boolean;
}): ServerProcess {
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    DATA_DIR: options.dataDir,
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    ADMIN_API_KEY: processAdminKey,
    SEED_DEMO_DATA: 'false',
    ...options.env,
  };
  const child = options.viaNpm
    ? spawn('npm', ['start', '--silent'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: projectRoot,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  const lines: string[] = [];
  const handle: ServerProcess = {
    child,
    pid: child.pid!,
    lines,
    url: undefined,
    logs: () => lines.flatMap((line) => (line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : [])),
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    async gql(document, variables, requestOptions) {
      const key = requestOptions?.key === undefined ? processAdminKey : requestOptions.key;
      const response = await fetch(handle.url!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...requestOptions?.headers,
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return {
        ...((await response.json()) as ExecutionResult<never>),
        status: response.status,
        headers: response.headers,
      };
    },
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const complete = pending.split('\n');
      pending = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        if (line.includes('Clientela is up')) handle.url = (JSON.parse(line) as { url: string }).url;
      }
    });
  }
  return handle;
}

/** Waits until the server says it is up; fails with its output if it exits first. */
export async function untilUp(server: ServerProcess, timeoutMs = 45_000): Promise<ServerProcess> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  while (!server.url) {
    if (exitCode !== undefined)
      throw new Error(`server exited with ${exitCode} before it was up:\n${server.lines.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`server not up after ${timeoutMs} ms:\n${server.lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return server;
}

export async function startServerProcess(options: Parameters<typeof spawnServer>[0]): Promise<ServerProcess> {
  return untilUp(spawnServer(options));
}
