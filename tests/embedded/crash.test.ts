// SIGKILL under concurrent writes, again and again: every acknowledged write survives and the
// money still adds up.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { expectInvariants } from '../payments/invariants.js';
import { startServerProcess, temporaryDirectory } from '../support/server-process.js';
import { startWriteLoad, type Acknowledged } from './write-load.js';

let scratch: Awaited<ReturnType<typeof temporaryDirectory>>;
beforeAll(async () => {
  scratch = await temporaryDirectory('clientela-crash-');
});
afterAll(() => scratch?.remove());

describe('crash safety of the embedded database', () => {
  it('keeps every acknowledged write through three kills under load', { timeout: 180_000 }, async () => {
    const dataDir = path.join(scratch.dir, 'data');
    const acknowledged: Acknowledged = { customerCodes: [], invoiceNumbers: [], paymentIds: [] };
    for (let crash = 0; crash < 3; crash++) {
      const server = await startServerProcess({ dataDir });
      const load = await startWriteLoad(server, { writers: 4, prefix: `CR${crash}` });
      await load.untilPayments(4);
      // Kill at a different point of the writers' work each time.
      await new Promise((resolve) => setTimeout(resolve, 150 + crash * 230));
      server.child.kill('SIGKILL');
      await server.exited;
      await load.abandon();
      expect(load.acknowledged.paymentIds.length, `writes acknowledged before kill ${crash + 1}`).toBeGreaterThan(0);
      acknowledged.customerCodes.push(...load.acknowledged.customerCodes);
      acknowledged.invoiceNumbers.push(...load.acknowledged.invoiceNumbers);
      acknowledged.paymentIds.push(...load.acknowledged.paymentIds);
    }

    const database = await openDatabase({ dataDir });
    try {
      const { prisma } = database;
      const codes = new Set((await prisma.customer.findMany({ select: { code: true } })).map((c) => c.code));
      expect(acknowledged.customerCodes.filter((code) => !codes.has(code))).toEqual([]);
      const numbers = new Set((await prisma.invoice.findMany({ select: { number: true } })).map((i) => i.number));
      expect(acknowledged.invoiceNumbers.filter((number) => !numbers.has(number))).toEqual([]);
      const paymentIds = new Set(
        (await prisma.payment.findMany({ select: { id: true } })).map((p) =>
          Buffer.from(`Payment:${p.id}`).toString('base64'),
        ),
      );
      expect(acknowledged.paymentIds.filter((id) => !paymentIds.has(id))).toEqual([]);
      // Invoice numbers stay gapless across the crashes.
      const issued = (
        await prisma.invoice.findMany({ where: { number: { not: null } }, select: { number: true } })
      ).map((i) => Number(i.number!.split('-').pop()));
      issued.sort((a, b) => a - b);
      expect(issued).toEqual(Array.from({ length: issued.length }, (_, i) => issued[0] + i));
      await expectInvariants(prisma);
    } finally {
      await database.close();
    }
  });
});
