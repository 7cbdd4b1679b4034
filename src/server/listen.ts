import { createServer } from 'node:net';

/** A problem an operator fixes by changing a setting: printed as one line, without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Turns a failed `listen` into a sentence naming the setting to change, or null if it is not one. */
export function describeListenError(error: unknown, host: string, port: number): StartupError | null {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return new StartupError(
        `Port ${port} on ${host} is already in use (another Clientela, or another program): stop it, or set PORT to a free port.`,
      );
    case 'EACCES':
      return new StartupError(
        `Not allowed to listen on port ${port} (ports below 1024 need privileges): set PORT to 1024 or above.`,
      );
    case 'EADDRNOTAVAIL':
      return new StartupError(
        `HOST ${host} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0 for all.`,
      );
    default:
      return null;
  }
}

/** Fails with a StartupError when the port cannot be listened on, before anything else is opened. */
export async function assertCanListen(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen({ port, host, exclusive: true }, resolve);
    });
  } catch (error) {
    throw describeListenError(error, host, port) ?? error;
  } finally {
    await new Promise((resolve) => probe.close(resolve));
  }
}
