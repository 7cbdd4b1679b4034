import { createCustomer } from '../customers/factory.js';
import { catalog } from '../invoices/fixtures.js';
import { RecordPayment } from '../payments/operations.js';
import type { GqlClient } from '../support/test-server.js';

/** What the server acknowledged: each of these must survive whatever happens next. */
export interface Acknowledged {
  customerCodes: string[];
  invoiceNumbers: string[];
  paymentIds: string[];
}

/**
 * Writers that keep creating customers, issuing invoices and recording payments against them,
 * as fast as the server answers, until stopped (or until the server goes away).
 */
export async function startWriteLoad(api: GqlClient, options: { writers: number; prefix: string }) {
  const given = await catalog(api);
  const acknowledged: Acknowledged = { customerCodes: [], invoiceNumbers: [], paymentIds: [] };
  let running = true;
  let failure: unknown;
  const writer = async (writerIndex: number) => {
    for (let round = 0; running; round++) {
      try {
        const code = `${options.prefix}-${writerIndex}-${round}`;
        const customer = await createCustomer(api, { code });
        acknowledged.customerCodes.push(code);
        const invoice = await given.issued(customer.id, [{ description: 'Work', quantity: '3', unitPrice: '33.33' }]);
        acknowledged.invoiceNumbers.push(invoice.number!);
        const paid = await api.gql(RecordPayment, {
          input: {
            customerId: customer.id,
            amount: '50.00',
            method: 'BANK_TRANSFER',
            reference: code,
            autoAllocate: true,
          },
        });
        const payment = paid.data?.paymentRecord.payment;
        if (!payment)
          throw new Error(
            `paymentRecord failed: ${JSON.stringify(paid.errors ?? paid.data?.paymentRecord.userErrors)}`,
          );
        acknowledged.paymentIds.push(payment.id);
      } catch (error) {
        if (running) failure = error;
        return;
      }
    }
  };
  const done = Promise.all(Array.from({ length: options.writers }, (_, i) => writer(i)));
  return {
    acknowledged,
    /** Resolves once this many payments were acknowledged. */
    async untilPayments(count: number) {
      while (acknowledged.paymentIds.length < count) {
        if (failure) throw failure;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    /** Stops the writers and waits for them; throws what a writer hit while the server was meant to be up. */
    async stop() {
      running = false;
      await done;
      if (failure) throw failure;
    },
    /** For a crash: the server is about to vanish, so failures from now on are expected. */
    abandon() {
      running = false;
      return done;
    },
  };
}
