import { utcDay } from '../../shared/dates.js';
import { UserInputError } from '../../shared/user-errors.js';

/** A report's period, both days included, refused when it runs backwards. */
export function reportPeriod(from: Date, to: Date): { from: Date; to: Date } {
  const period = { from: utcDay(from), to: utcDay(to) };
  if (period.from > period.to)
    throw new UserInputError([
      {
        field: ['from'],
        code: 'INVALID',
        message: `A period runs from a day to the same or a later day: from (${period.from.toISOString().slice(0, 10)}) is after to (${period.to.toISOString().slice(0, 10)}).`,
      },
    ]);
  return period;
}
