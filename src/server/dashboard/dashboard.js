// The reference dashboard: the figures of `dashboard` and `receivablesAgeing` over HTTP, open
// alerts that arrive live over graphql-ws (`alertRaised`). Plain browser JavaScript; Chart.js and
// graphql-ws come from the project's own dependencies (served under /dashboard/vendor/).
// Everything the API returns is written with textContent, never as HTML.
(() => {
  const keyName = 'clientela.apiKey';
  const $ = (selector) => document.querySelector(selector);

  const figuresQuery = `query DashboardPage {
    dashboard {
      asOf
      currencies { currency outstanding { amount } overdue { amount } collectedThisMonth { amount } collectedLastMonth { amount } }
      topDebtors(first: 5) { customer { displayName } currency outstanding { amount } overdue { amount } }
      customersAtRisk(first: 10) { customer { displayName } currency overdue { amount } reasons }
      openAlerts
    }
    receivablesAgeing { totals { currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount } over90 { amount } total { amount } } }
    alerts(first: 20) { edges { node { ...AlertLine } } }
  }
  fragment AlertLine on Alert { id kind message createdAt customer { displayName } }`;

  const alertSubscription = `subscription DashboardAlerts {
    alertRaised { id kind message createdAt customer { displayName } }
  }`;

  let socket = null;
  let chart = null;
  let refreshTimer = null;

  function showError(message) {
    $('#error').textContent = message ?? '';
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  function fillTable(selector, rows) {
    const body = $(`${selector} tbody`);
    body.replaceChildren(
      ...rows.map((cells) => {
        const tr = document.createElement('tr');
        tr.append(...cells);
        return tr;
      }),
    );
  }

  const amount = (money, currency) => cell(`${money.amount} ${currency}`, 'amount');

  async function graphql(query) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem(keyName)}` },
      body: JSON.stringify({ query }),
    });
    if (response.status === 401) {
      signOut('That key was not accepted.');
      throw new Error('unauthenticated');
    }
    const body = await response.json();
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  }

  function alertItem(alert) {
    const li = document.createElement('li');
    li.dataset.alertId = alert.id;
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = alert.kind.replaceAll('_', ' ');
    const text = document.createElement('span');
    text.textContent = `${alert.customer.displayName}: ${alert.message}`;
    li.append(kind, text);
    return li;
  }

  function drawAgeing(totals) {
    const labels = ['Current', '1–30', '31–60', '61–90', 'Over 90'];
    const datasets = totals.map((row) => ({
      label: row.currency,
      data: [row.current, row.days1To30, row.days31To60, row.days61To90, row.over90].map((m) => Number(m.amount)),
    }));
    if (!window.Chart) return;
    if (chart) {
      chart.data.datasets = datasets;
      chart.update();
      return;
    }
    chart = new window.Chart($('#ageing-chart'), {
      type: 'bar',
      data: { labels, datasets },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } },
    });
  }

  async function loadFigures() {
    const data = await graphql(figuresQuery);
    const d = data.dashboard;
    $('#as-of').textContent = `as of ${d.asOf}`;
    fillTable(
      '#currencies',
      d.currencies.map((c) => [
        cell(c.currency),
        amount(c.outstanding, c.currency),
        amount(c.overdue, c.currency),
        amount(c.collectedThisMonth, c.currency),
        amount(c.collectedLastMonth, c.currency),
      ]),
    );
    const totals = data.receivablesAgeing.totals;
    fillTable(
      '#ageing',
      totals.map((t) => [
        cell(t.currency),
        ...[t.current, t.days1To30, t.days31To60, t.days61To90, t.over90, t.total].map((m) => amount(m, t.currency)),
      ]),
    );
    drawAgeing(totals);
    fillTable(
      '#debtors',
      d.topDebtors.map((r) => [
        cell(r.customer.displayName),
        amount(r.outstanding, r.currency),
        amount(r.overdue, r.currency),
      ]),
    );
    fillTable(
      '#at-risk',
      d.customersAtRisk.map((r) => [
        cell(r.customer.displayName),
        amount(r.overdue, r.currency),
        cell(r.reasons.map((reason) => reason.toLowerCase().replaceAll('_', ' ')).join(', ')),
      ]),
    );
    $('#open-alerts').textContent = String(d.openAlerts);
    $('#alerts').replaceChildren(...data.alerts.edges.map((edge) => alertItem(edge.node)));
  }

  /** Figures follow the alerts: reloaded once a burst of events has passed. */
  function refreshSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => loadFigures().catch((error) => showError(error.message)), 1000);
  }

  function setLive(on, text) {
    const status = $('#live');
    status.dataset.state = on ? 'on' : 'off';
    status.textContent = text;
  }

  function listen() {
    const protocol = location.protocol === 'https:' ? 'wss' : 'ws';
    socket = window.graphqlWs.createClient({
      url: `${protocol}://${location.host}/graphql`,
      connectionParams: () => ({ authorization: `Bearer ${sessionStorage.getItem(keyName)}` }),
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) => !(event && [4401, 4403].includes(event.code)),
      on: {
        connected: () => setLive(true, 'live'),
        closed: (event) => {
          setLive(false, 'not connected');
          if (event && [4401, 4403].includes(event.code)) signOut('The key was refused or revoked.');
        },
      },
    });
    socket.subscribe(
      { query: alertSubscription },
      {
        next: ({ data, errors }) => {
          if (errors?.length) return showError(errors.map((e) => e.message).join('; '));
          const alert = data.alertRaised;
          if (document.querySelector(`[data-alert-id="${CSS.escape(alert.id)}"]`)) return;
          $('#alerts').prepend(alertItem(alert));
          $('#open-alerts').textContent = String(Number($('#open-alerts').textContent || 0) + 1);
          refreshSoon();
        },
        error: (error) => showError(error?.message ?? 'The live connection failed.'),
        complete: () => setLive(false, 'not connected'),
      },
    );
  }

  function signOut(message) {
    sessionStorage.removeItem(keyName);
    socket?.dispose();
    socket = null;
    $('#board').hidden = true;
    $('#sign-out').hidden = true;
    $('#sign-in').hidden = false;
    $('#sign-in-error').textContent = message ?? '';
  }

  async function open() {
    $('#sign-in').hidden = true;
    try {
      await loadFigures();
    } catch (error) {
      if (error.message !== 'unauthenticated') showError(error.message);
      return;
    }
    $('#board').hidden = false;
    $('#sign-out').hidden = false;
    listen();
  }

  $('#sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(keyName, $('#key').value.trim());
    $('#key').value = '';
    void open();
  });
  $('#sign-out').addEventListener('click', () => signOut());

  if (sessionStorage.getItem(keyName)) void open();
  else signOut();
})();
