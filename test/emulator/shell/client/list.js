// Emulated UCI shell, part 6: list pages (pagetype=entitylist) and the dashboard.
(() => {
  'use strict';
  const S = window.__emulatorShell;
  const h = S.h;
  const PAGE_SIZE = 50;

  const quote = (text) => `'${String(text).replace(/'/g, "''")}'`;

  S.renderList = async (main, page, isCurrent) => {
    const form = S.FORMS[page.entityName];
    if (!form) return void main.append(S.errorState('error', `There is no list for '${page.entityName}' in this app.`));
    document.title = `${form.view} - Dynamics 365`;
    const search = h('input', {
      type: 'search',
      className: 'quick-find',
      'data-id': 'quickFind',
      placeholder: 'Filter by keyword',
      'aria-label': `Search this view`,
    });
    const status = h('div', { className: 'grid-footer', 'data-id': 'grid-footer' });
    const gridHost = h(
      'div',
      { className: 'grid-host' },
      h('div', { className: 'shimmer' }),
      h('div', { className: 'shimmer' }),
      h('div', { className: 'shimmer' }),
    );
    const more = h('button', { className: 'button', 'data-id': 'grid-load-more', hidden: true }, 'Load more');
    main.append(
      h(
        'div',
        { className: 'list-page card' },
        h(
          'div',
          { className: 'list-header' },
          h('h1', { className: 'view-title', 'data-id': 'view-title' }, form.view, S.icon('chevron', 'small')),
          h('div', { className: 'quick-find-box' }, S.icon('search', 'small'), search),
        ),
        gridHost,
        h('div', { className: 'grid-bottom' }, status, more),
      ),
    );

    const select = S.selectFor(form, [form.columns]);
    let loaded = 0;
    let total;
    let next;
    let tbody;
    async function load(url) {
      const res = await S.apiGet(url, { maxPageSize: PAGE_SIZE });
      if (!isCurrent()) return false;
      if (!res.ok) {
        gridHost.replaceChildren(S.errorState(res.kind, res.message));
        return false;
      }
      const rows = res.data.value;
      if (!tbody) {
        const table = S.table(page.entityName, form, form.columns, rows, 'grid-row');
        tbody = table.querySelector('tbody');
        gridHost.replaceChildren(
          rows.length ? table : h('p', { className: 'muted empty-grid', 'data-id': 'grid-empty' }, 'We didn’t find anything to show here.'),
        );
      } else {
        const pk = S.config.primaryKeys[page.entityName];
        for (const row of rows) tbody.append(S.tableRow(page.entityName, form, form.columns, row, pk, 'grid-row'));
      }
      loaded += rows.length;
      if (typeof res.data['@odata.count'] === 'number') total = res.data['@odata.count'];
      next = res.data['@odata.nextLink'];
      more.hidden = !next;
      status.textContent = `Rows: ${loaded}${total !== undefined ? ` of ${total}` : ''}`;
      return true;
    }
    function query(term) {
      const filters = [form.filter, term ? `contains(${form.primary},${quote(term)})` : null].filter(Boolean);
      return `${S.entitySet(page.entityName)}?$select=${select}${filters.length ? `&$filter=${encodeURIComponent(filters.join(' and '))}` : ''}&$orderby=${encodeURIComponent(form.orderby)}&$count=true`;
    }
    more.addEventListener('click', () => next && load(next));
    search.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      tbody = undefined;
      loaded = 0;
      total = undefined;
      load(query(search.value.trim()));
    });
    await load(query(''));
  };

  S.renderDashboard = async (main, page, isCurrent) => {
    document.title = 'Sales Dashboard - Dynamics 365';
    const grid = h('div', { className: 'dashboard' });
    main.append(h('div', { className: 'page-title-bar' }, h('h1', { className: 'view-title' }, 'Sales Dashboard')), grid);
    const parts = [
      {
        title: 'My open leads',
        entity: 'lead',
        filter: () => 'statecode eq 0',
        columns: [
          ['fullname', 'Name'],
          ['subject', 'Topic'],
          ['companyname', 'Company'],
        ],
        orderby: 'createdon desc',
      },
      {
        title: 'Recently modified contacts',
        entity: 'contact',
        filter: () => 'statecode eq 0',
        columns: [
          ['fullname', 'Full Name'],
          ['_parentcustomerid_value', 'Company Name'],
          ['modifiedon', 'Modified On'],
        ],
        orderby: 'modifiedon desc',
      },
      {
        title: 'Active cases',
        entity: 'incident',
        filter: () => 'statecode eq 0',
        columns: [
          ['title', 'Case Title'],
          ['_customerid_value', 'Customer'],
          ['prioritycode', 'Priority'],
        ],
        orderby: 'createdon desc',
      },
    ];
    for (const part of parts) grid.append(await S.subgrid(part, '', isCurrent));
  };
})();
