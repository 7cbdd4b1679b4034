import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  raw: string;
}

/**
 * An SMTP server on a free local port; `refuse` makes it answer the next messages with 451.
 * `onMessage` sees each message before it is accepted; answering 'hang' never accepts it (the
 * sender waits, as it would for a server that died mid-message).
 */
export async function smtpServer(options: { onMessage?: (message: Received) => 'accept' | 'hang' } = {}) {
  const received: Received[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          const error = new Error('Mailbox busy, try later') as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        const message = { to: session.envelope.rcptTo.map((r) => r.address), raw };
        if (options.onMessage?.(message) === 'hang') return;
        received.push(message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse(count: number) {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
