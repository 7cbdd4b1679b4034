import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * One process per embedded data directory. PGlite does not stop a second process from opening
 * the same files, and two of them writing lose the book; so Clientela holds `clientela.lock` in
 * the directory while the database is open.
 *
 * The lock file names its holder (pid, host, boot id, process start time). A lock whose holder is
 * gone (the process was killed, the machine rebooted, the pid now belongs to another program) is
 * stale and taken over; a lock held from another host cannot be checked and is never taken over.
 */

export interface LockHolder {
  pid: number;
  hostname: string;
  /** Changes on every boot (Linux); null where the system does not say. */
  bootId: string | null;
  /** When the process started, in clock ticks since boot (Linux); tells a reused pid apart. */
  processStart: string | null;
  lockedAt: string;
  /** Where the holder serves the API, once it listens (the backup command calls it there). */
  url?: string;
  token: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    const where =
      holder.hostname === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on host ${holder.hostname}`;
    const serving = holder.url ? ` (serving ${holder.url})` : '';
    const remote =
      holder.hostname === hostname() ? '' : ` If that process is gone, delete ${lockFile} and start again.`;
    super(
      `The data directory ${path.dirname(lockFile)} is in use by ${where}${serving}. ` +
        `Only one Clientela may open an embedded database: stop that one first, or set DATA_DIR to another directory. ` +
        `To run several instances on one book, use PostgreSQL (DATABASE_URL).${remote}`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  readonly holder: LockHolder;
  /** The holder of a stale lock this process took over: the one that crashed or was killed. */
  readonly tookOverFrom: LockHolder | null;
  /** Records where this process serves the API. */
  setUrl(url: string): Promise<void>;
  release(): Promise<void>;
}

export const lockFileName = 'clientela.lock';

function readOptional(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

const ourBootId = readOptional('/proc/sys/kernel/random/boot_id');

/** Field 22 of /proc/<pid>/stat: start time after boot, in clock ticks. */
function processStartOf(pid: number): string | null {
  const stat = readOptional(`/proc/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

function ourHolder(): LockHolder {
  return {
    pid: process.pid,
    hostname: hostname(),
    bootId: ourBootId,
    processStart: processStartOf(process.pid),
    lockedAt: new Date().toISOString(),
    token: randomUUID(),
  };
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string' || typeof value.token !== 'string')
      return null;
    return { bootId: null, processStart: null, lockedAt: '', ...value } as LockHolder;
  } catch {
    return null;
  }
}

/** 'alive', 'gone', or 'unknown' when the holder runs on another host. */
export function holderState(holder: LockHolder): 'alive' | 'gone' | 'unknown' {
  if (holder.hostname !== hostname()) return 'unknown';
  if (holder.bootId && ourBootId && holder.bootId !== ourBootId) return 'gone';
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'gone';
  }
  const start = processStartOf(holder.pid);
  if (holder.processStart && start && start !== holder.processStart) return 'gone';
  return 'alive';
}

/** The current holder of a data directory's lock, if any process holds it. */
export async function readLockHolder(dataDir: string): Promise<LockHolder | null> {
  const text = await readFile(path.join(dataDir, lockFileName), 'utf8').catch(() => null);
  const holder = text ? parseHolder(text) : null;
  return holder && holderState(holder) !== 'gone' ? holder : null;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

async function tryCreate(file: string, holder: LockHolder): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(JSON.stringify(holder));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

// A lock file that cannot be read as JSON is one being written right now, or one left half
// written by a crash; after this long it is the latter.
const unreadableLockGraceMs = 5_000;

/**
 * Removes a stale lock. Only the holder of `<lock>.takeover` may, and it re-reads the lock first,
 * so two processes that both found it stale cannot both take it over.
 */
async function breakStaleLock(file: string, staleText: string): Promise<void> {
  const takeover = `${file}.takeover`;
  const holder = ourHolder();
  if (!(await tryCreate(takeover, holder))) {
    const other = parseHolder((await readFile(takeover, 'utf8').catch(() => '')) ?? '');
    const age = Date.now() - ((await stat(takeover).catch(() => null))?.mtimeMs ?? Date.now());
    if ((other && holderState(other) === 'gone') || (!other && age > unreadableLockGraceMs))
      await unlink(takeover).catch(() => {});
    return;
  }
  try {
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current === staleText) await unlink(file);
  } finally {
    await unlink(takeover).catch(() => {});
  }
}

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, lockFileName);
  let holder = ourHolder();
  let stale: LockHolder | null = null;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await tryCreate(file, holder)) return heldLock(file, holder, stale);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) continue; // removed in between: try again
    const other = parseHolder(text);
    if (other) {
      if (holderState(other) !== 'gone') throw new DataDirLockedError(file, other);
      stale = other;
      await breakStaleLock(file, text);
    } else {
      const age = Date.now() - ((await stat(file).catch(() => null))?.mtimeMs ?? Date.now());
      if (age > unreadableLockGraceMs) await breakStaleLock(file, text);
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    holder = ourHolder();
  }
  throw new Error(`Could not take the lock ${file}: it kept changing. Is another process starting on this directory?`);
}

function heldLock(file: string, initial: LockHolder, tookOverFrom: LockHolder | null): DataDirLock {
  let holder = initial;
  let released = false;
  const ours = (text: string | null) => (text ? parseHolder(text)?.token === holder.token : false);
  // A process that dies of an exception still lets the next one start without a stale check.
  const onExit = () => {
    if (!released && ours(readOptional(file))) {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', onExit);
  return {
    file,
    tookOverFrom,
    get holder() {
      return holder;
    },
    async setUrl(url) {
      holder = { ...holder, url };
      await writeAtomically(file, JSON.stringify(holder));
    },
    async release() {
      if (released) return;
      released = true;
      process.off('exit', onExit);
      if (ours(await readFile(file, 'utf8').catch(() => null))) await unlink(file).catch(() => {});
    },
  };
}
