import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface OutgoingEmail {
  /** Stable across tries of the same message, so a resend carries the same Message-ID. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
}

/** Where email goes: an SMTP server, or, without one, a folder of .eml files (and the log). */
export interface Mailer {
  /** Where messages go, for the log and /readyz. */
  readonly destination: string;
  /** Resolves once the message is accepted; rejects with the reason otherwise. */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export function createMailer(options: { smtpUrl?: string; outboxDir: string; from: string; log: Logger }): Mailer {
  const message = (email: OutgoingEmail) => ({
    from: options.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    messageId: email.messageId,
  });
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      destination: `SMTP ${new URL(options.smtpUrl).host}`,
      async send(email) {
        await transport.sendMail(message(email));
      },
      close: () => transport.close(),
    };
  }
  // No SMTP server: the message is written whole, as it would have been sent, and logged.
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    destination: `folder ${options.outboxDir}`,
    async send(email) {
      const info = await composer.sendMail(message(email));
      await mkdir(options.outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${email.messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`;
      const file = path.join(options.outboxDir, name);
      await writeFile(file, info.message as Buffer);
      options.log.info(
        { to: email.to, subject: email.subject, file },
        'email written to the outbox folder (no SMTP_URL)',
      );
    },
    close: () => composer.close(),
  };
}
