// Emulated UCI shell, part 5: small building blocks of pages: icons, record links, field values,
// sub-grids and the error states UCI shows.
(() => {
  'use strict';
  const S = window.__emulatorShell;
  const h = S.h;
  const SVG = 'http://www.w3.org/2000/svg';

  // 20×20 outline paths in the spirit of Fluent UI icons.
  const ICONS = {
    waffle: 'M4 4h3v3H4zM8.5 4h3v3h-3zM13 4h3v3h-3zM4 8.5h3v3H4zM8.5 8.5h3v3h-3zM13 8.5h3v3h-3zM4 13h3v3H4zM8.5 13h3v3h-3zM13 13h3v3h-3z',
    menu: 'M3 5.5h14v1H3zM3 9.5h14v1H3zM3 13.5h14v1H3z',
    home: 'M10 3 3 9v8h5v-5h4v5h5V9zm6 13h-3v-5H7v5H4V9.5l6-5.1 6 5.1z',
    building: 'M4 3h8v4h4v10H4zm1 1v12h2v-3h2v3h2V4zm7 4v8h3V8zM6 5h1v1H6zm3 0h1v1H9zM6 8h1v1H6zm3 0h1v1H9zm-3 3h1v1H6zm3 0h1v1H9z',
    person:
      'M10 3a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zm0 1a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM4 16c0-2.8 2.7-4.5 6-4.5s6 1.7 6 4.5v1H4zm1 0h10c-.2-1.9-2.2-3.5-5-3.5S5.2 14.1 5 16z',
    phone: 'M6 2.5 8.5 6 7 7.5c.8 2 2.5 3.7 4.5 4.5L13 10.5l3.5 2.5-1 2.5c-.3.6-.9 1-1.6 1C8.4 16.3 3.7 11.6 3.5 6.1c0-.7.4-1.3 1-1.6z',
    case: 'M7 4V3h6v1h4v12H3V4zm1 0h4v-.1H8zM4 5v3h12V5zm0 4v6h12V9h-5v1H9V9z',
    save: 'M4 3h10l3 3v11H3V3zm1 1v12h10V7.4L12.6 5H12v3H6V4zm2 0v3h4V4zm-1 8h8v3H6z',
    add: 'M9.5 3h1v6.5H17v1h-6.5V17h-1v-6.5H3v-1h6.5z',
    refresh: 'M10 3a7 7 0 0 1 6.3 4H13v1h5V3h-1v3A8 8 0 1 0 18 10h-1a7 7 0 1 1-7-7z',
    back: 'M8.3 4.6 3.9 9.5H17v1H3.9l4.4 4.9-.7.7L2 10l5.6-6.1z',
    delete: 'M8 3h4v1h4v1h-1v11H5V5H4V4h4zm-2 2v10h8V5zm2 2h1v6H8zm3 0h1v6h-1z',
    share: 'M14 3a2 2 0 1 1-1.7 3.1L7.9 8.6a2 2 0 0 1 0 1.8l4.4 2.5A2 2 0 1 1 12 14l-4.6-2.6a2 2 0 1 1 0-2.8L12 6a2 2 0 0 1 2-3z',
    assign:
      'M8 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM2 16c0-2.5 2.5-4 6-4 1 0 2 .1 2.8.4l-.5.9A8 8 0 0 0 8 13c-2.8 0-4.8 1.1-5 3h7v1H2zm12-4 3 2.5-3 2.5v-2h-3v-1h3z',
    excel: 'M4 3h12v14H4zm1 1v12h10V4zm2 3h1.3L10 9.3 11.7 7H13l-2.3 3 2.3 3h-1.3L10 10.7 8.3 13H7l2.3-3z',
    search: 'M8.5 3a5.5 5.5 0 0 1 4.3 8.9l4.1 4.1-.7.7-4.1-4.1A5.5 5.5 0 1 1 8.5 3zm0 1a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z',
    settings:
      'M10 7a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm0 1a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM9 2h2l.4 2.1 1.3.6 1.8-1.2 1.4 1.4-1.2 1.8.6 1.3L18 9v2l-2.1.4-.6 1.3 1.2 1.8-1.4 1.4-1.8-1.2-1.3.6L11 18H9l-.4-2.1-1.3-.6-1.8 1.2-1.4-1.4 1.2-1.8-.6-1.3L2 11V9l2.1-.4.6-1.3-1.2-1.8 1.4-1.4 1.8 1.2 1.3-.6z',
    help: 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm0 1a7 7 0 1 0 0 14 7 7 0 0 0 0-14zm0 10.5a.8.8 0 1 1 0 1.6.8.8 0 0 1 0-1.6zM10 5.5c1.5 0 2.8 1 2.8 2.5 0 1.2-.8 1.8-1.5 2.3-.5.3-.8.6-.8 1.2v.5h-1v-.5c0-1 .6-1.5 1.2-1.9.6-.4 1.1-.8 1.1-1.6 0-.9-.8-1.5-1.8-1.5s-1.8.7-1.8 1.6h-1c0-1.5 1.2-2.6 2.8-2.6z',
    chevron: 'M5.6 7.6 10 12l4.4-4.4.7.7L10 13.4 4.9 8.3z',
    mail: 'M2 5h16v10H2zm1 1.2v7.8h14V6.2l-7 4.6zM3.6 6 10 9.8 16.4 6z',
  };

  S.icon = (name, cls) => {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', `icon ${cls || ''}`.trim());
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', ICONS[name] || ICONS.help);
    svg.append(path);
    return svg;
  };

  /** A link to a record that navigates inside the SPA (the router intercepts a[data-nav]). */
  S.recordLink = (entity, id, text, dataId) =>
    h(
      'a',
      {
        href: S.pageUrl({ pageType: 'entityrecord', entityName: entity, entityId: id }),
        'data-nav': true,
        'data-id': dataId,
        'data-entity': entity,
        'data-record-id': id,
      },
      text || '(No name)',
    );

  const logical = (col) => col.replace(/^_(.*)_value$/, '$1');
  S.logical = logical;

  /** A read-only rendering of a column: link for lookups, mailto/tel/web links, else text. */
  S.valueNode = (row, col, kind) => {
    const text = S.display(row, col);
    if (/^_.*_value$/.test(col)) {
      const id = row[col];
      const target = row[`${col}@Microsoft.Dynamics.CRM.lookuplogicalname`];
      if (!id) return h('span', { className: 'empty' }, '---');
      if (target === 'systemuser')
        return h('span', { className: 'user-tag' }, h('span', { className: `${S.avatarClass(text)} avatar-xs` }, S.initials(text)), text);
      return S.recordLink(target, id, text, `${logical(col)}.fieldControl-LookupResultsDropdown_${logical(col)}_selected_tag`);
    }
    if (!text) return h('span', { className: 'empty' }, '---');
    if (kind === 'email') return h('a', { href: `mailto:${text}` }, text);
    if (kind === 'phone') return h('a', { href: `tel:${text.replace(/\s+/g, '')}` }, text);
    if (kind === 'url') return h('a', { href: text, target: '_blank', rel: 'noopener noreferrer' }, text);
    return h('span', {}, text);
  };

  /** One labelled field of a form section; text columns are inputs, as on a UCI form. */
  S.field = (row, [col, label, kind]) => {
    const name = logical(col);
    const readOnly =
      /^_.*_value$/.test(col) ||
      /on$/.test(col) ||
      col === 'statecode' ||
      col === 'statuscode' ||
      col === 'prioritycode' ||
      col === 'caseorigincode';
    let control;
    if (readOnly)
      control = h('div', { className: 'field-value' }, row ? S.valueNode(row, col, kind) : h('span', { className: 'empty' }, '---'));
    else if (kind === 'memo')
      control = h(
        'textarea',
        { 'data-id': `${name}.fieldControl-text-box-text`, 'aria-label': label, rows: 3 },
        row ? S.display(row, col) : '',
      );
    else
      control = h('input', {
        type: 'text',
        'data-id': `${name}.fieldControl-text-box-text`,
        'aria-label': label,
        value: row ? S.display(row, col) : '',
        placeholder: '---',
      });
    return h(
      'div',
      { className: 'field', 'data-id': `field-${name}`, 'data-value': row && !readOnly ? S.display(row, col) : undefined },
      h('label', { className: 'field-label' }, label),
      control,
    );
  };

  S.card = (title, ...children) =>
    h(
      'section',
      { className: 'card', 'data-id': `card-${title.toLowerCase().replace(/\W+/g, '-')}` },
      h('h2', { className: 'card-title' }, title),
      ...children,
    );

  /** A small grid of related records inside a card. */
  S.subgrid = async (config, parentId, isCurrent) => {
    const body = h('div', { className: 'subgrid-body' }, h('div', { className: 'shimmer' }));
    const card = S.card(config.title, body);
    const form = S.FORMS[config.entity];
    const select = S.selectFor(form, [config.columns]);
    const filter = encodeURIComponent(config.filter(parentId));
    S.apiGet(
      `${S.entitySet(config.entity)}?$select=${select}&$filter=${filter}&$orderby=${encodeURIComponent(config.orderby)}&$top=10`,
    ).then((res) => {
      if (!isCurrent()) return;
      body.replaceChildren();
      if (!res.ok) return void body.append(h('p', { className: 'muted' }, res.message));
      if (!res.data.value.length) return void body.append(h('p', { className: 'muted' }, 'No data available.'));
      body.append(S.table(config.entity, form, config.columns, res.data.value, 'subgrid-row'));
    });
    return card;
  };

  /** A grid table; the first column links to the record, rows are clickable. */
  S.table = (entity, form, columns, rows, rowId) => {
    const pk = S.config.primaryKeys[entity];
    const tbody = h('tbody');
    const table = h(
      'table',
      { className: 'grid', role: 'grid', 'data-id': rowId === 'grid-row' ? 'grid' : 'subgrid' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map(([, label]) => h('th', { scope: 'col' }, label)),
        ),
      ),
      tbody,
    );
    for (const row of rows) tbody.append(S.tableRow(entity, form, columns, row, pk, rowId));
    return table;
  };

  S.tableRow = (entity, form, columns, row, pk, rowId) => {
    const id = row[pk];
    const cells = columns.map(([col, , kind], i) =>
      h(
        'td',
        { 'data-col': col },
        i === 0 ? S.recordLink(entity, id, S.display(row, col) || '(No name)', 'grid-row-link') : S.valueNode(row, col, kind),
      ),
    );
    const tr = h('tr', { 'data-id': rowId, 'data-record-id': id, 'data-entity': entity, tabindex: -1 }, cells);
    tr.addEventListener('dblclick', () => S.navigate(S.pageUrl({ pageType: 'entityrecord', entityName: entity, entityId: id })));
    return tr;
  };

  /** The states UCI shows instead of a page: missing record, no permission, expired session. */
  S.errorState = (kind, message) => {
    const titles = {
      notfound: 'Record Is Unavailable',
      denied: 'Insufficient Permissions',
      session: 'Your session has expired',
      error: 'Something went wrong',
    };
    const texts = {
      notfound: 'The requested record was not found or you do not have sufficient permissions to view it.',
      denied: message,
      session: 'Sign in again to continue.',
      error: message,
    };
    const returnUrl = encodeURIComponent(location.pathname + location.search);
    return h(
      'div',
      { className: 'error-state', 'data-id': 'error-state', 'data-kind': kind },
      h('h1', {}, titles[kind] || titles.error),
      h('p', {}, texts[kind] || message),
      kind === 'session' ? h('a', { className: 'button primary', href: `/emulator/signin-page?returnUrl=${returnUrl}` }, 'Sign in') : null,
    );
  };
})();
