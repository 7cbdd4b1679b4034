import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  raw: string;
}

/**
 * An SMTP server on a free local port; `refuse` makes it answer the next messages with an error.
 * `onMessage` sees each message before it is accepted; answering 'hang' never accepts it (the
 * sender waits, as it would for a server that died mid-message).
 */
export async function smtpServer(options: { onMessage?: (message: Received) => 'accept' | 'hang' } = {}) {
  const received: Received[] = [];
  let refusals = 0;
  let refusalCode = 451;
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
          const reason = refusalCode >= 500 ? 'No such mailbox' : 'Mailbox busy, try later';
          const error = new Error(reason) as Error & { responseCode: number };
          error.responseCode = refusalCode;
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
    /** Answers the next `count` messages with `code` (4xx: try later; 5xx: refused for good). */
    refuse(count: number, code = 451) {
      refusals = count;
      refusalCode = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
