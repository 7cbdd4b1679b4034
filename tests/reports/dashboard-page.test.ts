// The reference dashboard at /dashboard in a real headless browser (Debian's chromium, driven by
// playwright-core): the key typed once and kept for the tab, the figures equal to the API's, the
// ageing chart drawn, and an alert raised through the API shown on the open page within a second.
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { RecordPayment } from '../payments/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const Figures = graphql(`
  query PageFigures {
    dashboard {
      currencies { currency outstanding { amount } overdue { amount } }
      topDebtors(first: 5) { customer { displayName } }
      openAlerts
    }
    receivablesAgeing { totals { currency total { amount } } }
  }
`);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let api: TestServer;
let browser: Browser;
let page: Page;
let customerId = '';
let invoiceId = '';
const origin = () => new URL(api.url).origin;

beforeAll(async () => {
  api = await startTestServer({ now: () => new Date('2026-06-15T10:00:00Z') });
  const given = await catalog(api);
  // A name that would run as script if the page wrote it as HTML.
  const customer = await createCustomer(api, {
    code: 'PAGE-A',
    displayName: '<img src=x onerror=alert(1)> Ștefan SRL',
  });
  customerId = customer.id;
  const work = [{ description: 'Work', quantity: '1', unitPrice: '1000.00' }];
  invoiceId = (await given.issued(customerId, work, { issueDate: '2026-05-01' })).id;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`the page ran a dialog: ${dialog.message()}`);
  });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('the dashboard page', () => {
  it('asks for a key, then shows the figures the API gives', async () => {
    const response = await page.goto(`${origin()}/dashboard`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.fill('#key', api.adminKey);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#board:not([hidden])');
    await page.waitForSelector('#live[data-state="on"]');

    const { data } = await api.gql(Figures);
    const ron = data!.dashboard.currencies.find((c) => c.currency === 'RON')!;
    const row = await page.locator('#currencies tbody tr').first().locator('td').allTextContents();
    expect(row.slice(0, 3)).toEqual(['RON', `${ron.outstanding.amount} RON`, `${ron.overdue.amount} RON`]);
    const ageingTotal = data!.receivablesAgeing.totals.find((t) => t.currency === 'RON')!.total.amount;
    expect(await page.locator('#ageing tbody tr td').last().textContent()).toBe(`${ageingTotal} RON`);
    expect(await page.locator('#open-alerts').textContent()).toBe(String(data!.dashboard.openAlerts));
    // The customer's name is text, not markup.
    expect(await page.locator('#debtors tbody td').first().textContent()).toBe(
      data!.dashboard.topDebtors[0].customer.displayName,
    );
    expect(await page.locator('#debtors img').count()).toBe(0);
    // Chart.js, served from the project's dependencies, drew the ageing.
    expect(await page.evaluate(() => typeof (window as unknown as { Chart?: unknown }).Chart)).toBe('function');
    expect(await page.locator('#ageing-chart').evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBeGreaterThan(
      0,
    );
  });

  it('keeps the key for the tab: a reload opens the dashboard without asking', async () => {
    await page.reload();
    await page.waitForSelector('#board:not([hidden])');
    expect(await page.locator('#sign-in').isHidden()).toBe(true);
    await page.waitForSelector('#live[data-state="on"]');
  });

  it('shows an alert raised through the API within a second', async () => {
    const before = Number(await page.locator('#open-alerts').textContent());
    const paid = await api.gql(RecordPayment, {
      input: {
        customerId,
        amount: '100.00',
        method: 'BANK_TRANSFER',
        receivedOn: '2026-06-15',
        allocations: [{ invoiceId, amount: '100.00' }],
      },
    });
    expect(paid.data?.paymentRecord.userErrors).toEqual([]);
    const sent = Date.now();
    await page.waitForSelector('#alerts li .kind:text("PAYMENT RECEIVED")', { timeout: 1000 });
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(Number(await page.locator('#open-alerts').textContent())).toBeGreaterThan(before);
  });

  it('forgets a key the API refuses, and says so', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${origin()}/dashboard`);
    await fresh.fill('#key', 'clientela_not-a-real-key-000000000000');
    await fresh.click('#sign-in button[type=submit]');
    await fresh.waitForSelector('#sign-in-error:text("not accepted")');
    expect(await fresh.evaluate(() => sessionStorage.getItem('clientela.apiKey'))).toBeNull();
    await fresh.close();
  });
});
