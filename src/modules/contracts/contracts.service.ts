import type { Context } from '../../context.js';
import { rowLocks } from '../../db/locks.js';
import { inTransaction } from '../../db/transaction.js';
import type { Contract, ContractTerm, ContractTermKind, Prisma } from '../../generated/prisma/client.js';
import type { Decimal } from '../../money/money.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';
import { checkPercent, checkUnitPrice } from '../../shared/amounts.js';
import { addDays, formatDay, periodsOverlap, utcDay } from '../../shared/dates.js';
import { cleanText } from '../../shared/text.js';

type Tx = Prisma.TransactionClient;

export interface ContractTermInput {
  kind: ContractTermKind;
  itemId?: string | null;
  price?: Decimal | null;
  discountPercent?: Decimal | null;
  taxRateId?: string | null;
  taxReason?: string | null;
}

export interface ContractCreateInput {
  customerId: string;
  number: string;
  title: string;
  startDate: Date;
  endDate?: Date | null;
  terms?: ContractTermInput[] | null;
}

type TermRow = Omit<Prisma.ContractTermUncheckedCreateInput, 'contractId' | 'validFrom'>;

function notFound(): UserInputError {
  return new UserInputError([{ field: ['id'], code: 'NOT_FOUND', message: 'No contract has this id.' }]);
}

/** Checks contract terms against the catalog; returns rows ready to insert. */
async function termRows(tx: Tx, terms: ContractTermInput[], errors: UserErrorList, path: string): Promise<TermRow[]> {
  const rows: TermRow[] = [];
  const seen = new Set<string>();
  for (const [index, term] of terms.entries()) {
    const at = [path, index];
    let itemId: string | null = null;
    const itemScoped = term.kind === 'ITEM_PRICE' || term.kind === 'ITEM_DISCOUNT';
    if (term.itemId) {
      const item = await tx.item.findUnique({ where: { id: term.itemId } });
      if (!item) {
        errors.add([...at, 'itemId'], 'NOT_FOUND', 'No item has this id.');
        continue;
      }
      itemId = item.id;
    } else if (itemScoped) {
      errors.add(
        [...at, 'itemId'],
        'REQUIRED',
        `A ${term.kind === 'ITEM_PRICE' ? 'special price' : 'item discount'} names its item.`,
      );
      continue;
    }
    if (term.kind === 'CONTRACT_DISCOUNT' && itemId) {
      errors.add(
        [...at, 'itemId'],
        'INVALID',
        'A contract-wide discount names no item; use ITEM_DISCOUNT for one item.',
      );
      continue;
    }
    const key = `${term.kind === 'CONTRACT_DISCOUNT' ? 'ITEM_DISCOUNT' : term.kind}:${itemId ?? '*'}`;
    if (seen.has(key)) {
      errors.add(at, 'DUPLICATE', 'The contract already has this kind of term for this item.');
      continue;
    }
    seen.add(key);
    const row: TermRow = { kind: term.kind, itemId };
    if (term.kind === 'ITEM_PRICE') {
      if (!term.price) errors.add([...at, 'price'], 'REQUIRED', 'A special price needs the price.');
      else if (checkUnitPrice(errors, [...at, 'price'], term.price)) row.price = term.price.toFixed();
    }
    if (term.kind === 'ITEM_DISCOUNT' || term.kind === 'CONTRACT_DISCOUNT') {
      if (!term.discountPercent) errors.add([...at, 'discountPercent'], 'REQUIRED', 'A discount needs its percentage.');
      else if (checkPercent(errors, [...at, 'discountPercent'], term.discountPercent, 'The discount'))
        row.discountPercent = term.discountPercent.toFixed();
    }
    if (term.kind === 'TAX_TREATMENT') {
      const id = term.taxRateId ?? null;
      const rate = id ? await tx.taxRate.findUnique({ where: { id } }) : null;
      if (!rate)
        errors.add(
          [...at, 'taxRateId'],
          term.taxRateId ? 'NOT_FOUND' : 'REQUIRED',
          'A tax treatment names a tax rate (exempt, reverse charge or a rate).',
        );
      else row.taxRateId = rate.id;
      const reason = cleanText(term.taxReason);
      if (!reason)
        errors.add(
          [...at, 'taxReason'],
          'REQUIRED',
          'A special tax treatment needs the reason printed on the invoice.',
        );
      row.taxReason = reason;
    }
    rows.push(row);
  }
  return rows;
}

/** The days a term applies: its own window cut to its contract's. */
function effectivePeriod(
  term: Pick<ContractTerm, 'validFrom' | 'validTo'>,
  contract: Pick<Contract, 'startDate' | 'endDate'>,
) {
  const from = new Date(Math.max(term.validFrom.getTime(), contract.startDate.getTime()));
  const ends = [term.validTo, contract.endDate].filter((d): d is Date => !!d);
  const to = ends.length ? new Date(Math.min(...ends.map((d) => d.getTime()))) : null;
  return { from, to };
}

const sameRule = (a: Pick<ContractTerm, 'kind' | 'itemId'>, b: Pick<ContractTerm, 'kind' | 'itemId'>) => {
  const family = (kind: ContractTermKind) => (kind === 'CONTRACT_DISCOUNT' ? 'ITEM_DISCOUNT' : kind);
  return family(a.kind) === family(b.kind) && a.itemId === b.itemId;
};

/** Two in-force contracts of one customer may not set the same rule for the same days. */
async function refuseOverlaps(tx: Tx, contract: Contract, errors: UserErrorList): Promise<void> {
  const terms = await tx.contractTerm.findMany({
    where: { contractId: contract.id },
    include: { item: { select: { sku: true } } },
  });
  const others = await tx.contract.findMany({
    where: { customerId: contract.customerId, id: { not: contract.id }, status: { in: ['ACTIVE', 'TERMINATED'] } },
    include: { terms: true },
  });
  for (const term of terms) {
    const mine = effectivePeriod(term, contract);
    for (const other of others) {
      for (const theirs of other.terms.filter((t) => sameRule(t, term))) {
        const period = effectivePeriod(theirs, other);
        if (periodsOverlap(mine.from, mine.to, period.from, period.to)) {
          const what = term.item ? `item "${term.item.sku}"` : 'the whole contract';
          errors.add(
            ['terms'],
            'DUPLICATE',
            `Contract ${other.number} already sets this ${term.kind.toLowerCase().replace('_', ' ')} for ${what} from ${formatDay(period.from)}${period.to ? ` to ${formatDay(period.to)}` : ''}; end it there first.`,
          );
        }
      }
    }
  }
}

/** Contracts of one customer are checked against each other: the customer's row serializes them. */
async function lockContract(tx: Tx, id: string): Promise<Contract & { customer: { currency: string } }> {
  const found = await tx.contract.findUnique({ where: { id }, select: { customerId: true } });
  if (!found) throw notFound();
  await rowLocks(tx).customer(found.customerId);
  await tx.$queryRaw`SELECT id FROM "Contract" WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.contract.findUniqueOrThrow({ where: { id }, include: { customer: { select: { currency: true } } } });
}

export async function createContract(ctx: Context, input: ContractCreateInput): Promise<{ contractId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const errors = new UserErrorList();
    const customer = await tx.customer.findUnique({ where: { id: input.customerId } });
    if (!customer) errors.add(['customerId'], 'NOT_FOUND', 'No customer has this id.');
    const number = cleanText(input.number);
    if (!number) errors.add(['number'], 'REQUIRED', 'A contract needs a number.');
    else if (number.length > 50) errors.add(['number'], 'TOO_LONG', 'A contract number has at most 50 characters.');
    else if (await tx.contract.findUnique({ where: { number } }))
      errors.add(['number'], 'DUPLICATE', `Contract number "${number}" is already used.`);
    const title = cleanText(input.title);
    if (!title) errors.add(['title'], 'REQUIRED', 'A contract needs a title.');
    else if (title.length > 200) errors.add(['title'], 'TOO_LONG', 'A contract title has at most 200 characters.');
    const startDate = utcDay(input.startDate);
    const endDate = input.endDate ? utcDay(input.endDate) : null;
    if (endDate && endDate < startDate) errors.add(['endDate'], 'INVALID', 'The end date is before the start date.');
    const rows = await termRows(tx, input.terms ?? [], errors, 'terms');
    errors.throwIfAny();
    const contract = await tx.contract.create({
      data: {
        customerId: customer!.id,
        number: number!,
        title: title!,
        startDate,
        endDate,
        terms: { create: rows.map((row) => ({ ...row, validFrom: startDate })) },
      },
    });
    return { contractId: contract.id };
  });
}

/** Puts a draft contract in force; refused when it would clash with another in-force contract. */
export async function activateContract(ctx: Context, id: string): Promise<{ contractId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const contract = await lockContract(tx, id);
    if (contract.status !== 'DRAFT')
      throw new UserInputError([
        {
          field: ['id'],
          code: 'INVALID_STATE',
          message: `Only a draft contract can be activated; this one is ${contract.status.toLowerCase()}.`,
        },
      ]);
    const errors = new UserErrorList();
    await refuseOverlaps(tx, contract, errors);
    errors.throwIfAny();
    await tx.contract.update({ where: { id: contract.id }, data: { status: 'ACTIVE', activatedAt: ctx.now() } });
    return { contractId: contract.id };
  });
}

/**
 * Replaces an active contract's terms from a date on: the terms in force end the day before and
 * the new set starts that day. Terms are never edited otherwise, so invoices keep pointing at the
 * terms they used.
 */
export async function amendContract(
  ctx: Context,
  id: string,
  effectiveFrom: Date,
  terms: ContractTermInput[],
): Promise<{ contractId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const contract = await lockContract(tx, id);
    const errors = new UserErrorList();
    if (contract.status !== 'ACTIVE')
      throw new UserInputError([
        {
          field: ['id'],
          code: 'INVALID_STATE',
          message: 'Only an active contract can be amended; edit a draft by recreating it.',
        },
      ]);
    const from = utcDay(effectiveFrom);
    if (from <= contract.startDate)
      errors.add(['effectiveFrom'], 'INVALID', 'An amendment starts after the contract starts.');
    if (contract.endDate && from > contract.endDate)
      errors.add(['effectiveFrom'], 'INVALID', 'An amendment starts before the contract ends.');
    const rows = await termRows(tx, terms, errors, 'terms');
    errors.throwIfAny();
    const latest = await tx.contractTerm.findFirst({
      where: { contractId: contract.id },
      orderBy: { validFrom: 'desc' },
    });
    if (latest && from <= latest.validFrom) {
      throw new UserInputError([
        {
          field: ['effectiveFrom'],
          code: 'INVALID',
          message: `An amendment starts after the latest one (${formatDay(latest.validFrom)}).`,
        },
      ]);
    }
    await tx.contractTerm.updateMany({
      where: { contractId: contract.id, OR: [{ validTo: null }, { validTo: { gte: from } }] },
      data: { validTo: addDays(from, -1) },
    });
    await tx.contractTerm.createMany({
      data: rows.map((row) => ({
        ...row,
        contractId: contract.id,
        validFrom: from,
      })) as Prisma.ContractTermCreateManyInput[],
    });
    await refuseOverlaps(tx, contract, errors);
    errors.throwIfAny();
    await tx.contract.update({ where: { id: contract.id }, data: { updatedAt: ctx.now() } });
    return { contractId: contract.id };
  });
}

/** Ends an active contract: it applies up to and including `lastDay`. */
export async function terminateContract(
  ctx: Context,
  id: string,
  lastDay: Date,
  reason: string,
): Promise<{ contractId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const contract = await lockContract(tx, id);
    const errors = new UserErrorList();
    if (contract.status !== 'ACTIVE') errors.add(['id'], 'INVALID_STATE', 'Only an active contract can be terminated.');
    const end = utcDay(lastDay);
    if (end < contract.startDate) errors.add(['lastDay'], 'INVALID', 'The last day is before the contract starts.');
    if (contract.endDate && end > contract.endDate)
      errors.add(['lastDay'], 'INVALID', 'The contract already ends earlier.');
    const why = cleanText(reason);
    if (!why) errors.add(['reason'], 'REQUIRED', 'Say why the contract ends.');
    errors.throwIfAny();
    await tx.contract.update({
      where: { id: contract.id },
      data: { status: 'TERMINATED', endDate: end, terminatedAt: ctx.now(), terminationReason: why },
    });
    return { contractId: contract.id };
  });
}
