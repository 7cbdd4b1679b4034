/** Page sizes of every list: what a connection returns without `first`/`last`, and the most it returns. */
export const pageSize = { default: 20, max: 100 } as const;
