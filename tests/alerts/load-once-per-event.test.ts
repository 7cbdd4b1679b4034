import { describe, expect, it } from 'vitest';
import { loadOncePerEvent } from '../../src/shared/events.js';

describe('what subscribers of one event read', () => {
  it('is read once per event and selection, however many subscribers ask', async () => {
    let loads = 0;
    const load = (value: string) => async () => {
      loads += 1;
      return value;
    };
    const event = { paymentId: 'p1' };
    const selection = { select: { id: true, amount: true } };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => loadOncePerEvent(event, { ...selection }, load('row'))),
    );
    expect(answers).toEqual(Array(50).fill('row'));
    expect(loads).toBe(1);

    // Another selection of the same event, or the next event, is read again.
    expect(await loadOncePerEvent(event, { select: { id: true } }, load('narrower'))).toBe('narrower');
    expect(await loadOncePerEvent({ paymentId: 'p1' }, selection, load('next event'))).toBe('next event');
    expect(loads).toBe(3);
  });
});
