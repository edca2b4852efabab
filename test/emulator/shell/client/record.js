// Emulated UCI shell, part 7: record forms (pagetype=entityrecord), the new-record form, and a
// generic form for tables without a configured layout (activities, users, …).
(() => {
  'use strict';
  const S = window.__emulatorShell;
  const h = S.h;

  // Records without a person's name get a table icon instead of initials.
  const ICONS = { account: 'building', contact: 'person', lead: 'person', email: 'mail', phonecall: 'phone', incident: 'case' };

  function header(page, form, row, title) {
    const fields = (form ? form.header : []).map(([col, label]) =>
      h(
        'div',
        { className: 'header-field', 'data-id': `header_${S.logical(col)}` },
        h('div', { className: 'header-value' }, row ? S.valueNode(row, col) : h('span', { className: 'empty' }, '---')),
        h('div', { className: 'header-label' }, label),
      ),
    );
    const label = form ? form.label : S.config.entityLabels[page.entityName] || page.entityName;
    return h(
      'div',
      { className: 'form-header', 'data-id': 'form-header' },
      h(
        'div',
        { className: `${S.avatarClass(title)} avatar-lg` },
        form && row ? S.initials(title) : S.icon(ICONS[page.entityName] || 'case'),
      ),
      h(
        'div',
        { className: 'form-titles' },
        h(
          'h1',
          { className: 'form-title', 'data-id': 'header_title', title },
          title,
          h('span', { className: 'save-state' }, row ? ' - Saved' : ' - Unsaved'),
        ),
        h('div', { className: 'form-subtitle', 'data-id': 'entity_name_span' }, `${label} · ${label}`),
      ),
      h('div', { className: 'header-fields' }, fields),
    );
  }

  function tabs(panels) {
    const bar = h('div', { className: 'tabs', role: 'tablist' });
    const host = h('div', { className: 'tab-panels' });
    panels.forEach(([name, content], i) => {
      const panel = h(
        'div',
        { className: 'form-body', role: 'tabpanel', 'data-id': `tab-${name.toLowerCase()}`, hidden: i !== 0 },
        content,
      );
      const tab = h(
        'button',
        { className: 'tab', role: 'tab', 'aria-selected': i === 0 ? 'true' : 'false', 'data-id': `tablist-${name.toLowerCase()}` },
        name,
      );
      tab.addEventListener('click', () => {
        for (const t of bar.children) t.setAttribute('aria-selected', String(t === tab));
        for (const p of host.children) p.hidden = p !== panel;
      });
      bar.append(tab);
      host.append(panel);
    });
    return [bar, host];
  }

  const section = (row, [title, fields]) =>
    S.card(
      title,
      h(
        'div',
        { className: 'fields' },
        fields.map((f) => S.field(row, f)),
      ),
    );

  S.renderRecord = async (main, page, isCurrent) => {
    const form = S.FORMS[page.entityName];
    if (!S.entitySet(page.entityName))
      return void main.append(S.errorState('error', `The entity '${page.entityName}' does not exist in this org.`));
    if (page.hasBadId) return void main.append(S.errorState('notfound'));
    if (!form) return renderGeneric(main, page, isCurrent);
    if (!page.entityId) {
      // A new record: empty fields, no id yet (getPageContext().input.entityId is undefined).
      S.setFormRow(page, {});
      document.title = `New ${form.label} - Dynamics 365`;
      const summary = h(
        'div',
        { className: 'summary-grid' },
        h(
          'div',
          { className: 'column' },
          form.sections.slice(0, -1).map((s) => section(null, s)),
        ),
        h('div', { className: 'column' }),
      );
      main.append(
        header(page, form, null, `New ${form.label}`),
        ...tabs([
          ['Summary', summary],
          ['Details', section(null, form.sections[form.sections.length - 1])],
        ]),
      );
      return;
    }
    const parts = [form.header, ...form.sections.map((s) => s[1])];
    if (form.related) parts.push([[form.related.via]]);
    const res = await S.apiGet(`${S.entitySet(page.entityName)}(${page.entityId})?$select=${S.selectFor(form, parts)}`);
    if (!isCurrent()) return;
    if (!res.ok) return void main.append(S.errorState(res.kind, res.message));
    const row = res.data;
    S.setFormRow(page, row);
    const title = S.display(row, form.primary) || '(No name)';
    document.title = `${form.label}: ${title} - Dynamics 365`;

    const summary = form.sections.slice(0, -1).map((s) => section(row, s));
    const side = [];
    if (form.related && row[form.related.via]) side.push(relatedCard(form.related, row[form.related.via], isCurrent));
    if (form.subgrid) side.push(await S.subgrid(form.subgrid, page.entityId, isCurrent));
    main.append(
      header(page, form, row, title),
      ...tabs([
        [
          'Summary',
          h('div', { className: 'summary-grid' }, h('div', { className: 'column' }, summary), h('div', { className: 'column' }, side)),
        ],
        ['Details', section(row, form.sections[form.sections.length - 1])],
      ]),
    );
  };

  function relatedCard(config, id, isCurrent) {
    const body = h('div', { className: 'fields' }, h('div', { className: 'shimmer' }));
    const form = S.FORMS[config.entity];
    S.apiGet(`${S.entitySet(config.entity)}(${id})?$select=${S.selectFor(form, [config.fields])}`).then((res) => {
      if (!isCurrent()) return;
      body.replaceChildren();
      if (!res.ok) return void body.append(h('p', { className: 'muted' }, res.message));
      for (const [col, label, kind] of config.fields) {
        const value =
          col === form.primary
            ? S.recordLink(config.entity, id, S.display(res.data, col), `related-${config.entity}-link`)
            : S.valueNode(res.data, col, kind);
        body.append(
          h(
            'div',
            { className: 'field', 'data-id': `related-${col}` },
            h('label', { className: 'field-label' }, label),
            h('div', { className: 'field-value' }, value),
          ),
        );
      }
    });
    return S.card(config.title, body);
  }

  /** Any other table: every column of the row, with HTML bodies in a sandboxed frame. */
  async function renderGeneric(main, page, isCurrent) {
    const label = S.config.entityLabels[page.entityName] || page.entityName;
    if (!page.entityId) {
      S.setFormRow(page, {});
      main.append(
        header(page, null, null, `New ${label}`),
        S.card('General', h('p', { className: 'muted' }, 'This form has no fields in the emulated org.')),
      );
      return;
    }
    const res = await S.apiGet(`${S.entitySet(page.entityName)}(${page.entityId})`);
    if (!isCurrent()) return;
    if (!res.ok) return void main.append(S.errorState(res.kind, res.message));
    const row = res.data;
    S.setFormRow(page, row);
    const primary = S.config.primaryNames[page.entityName];
    const title = S.display(row, primary) || '(No name)';
    document.title = `${label}: ${title} - Dynamics 365`;
    const skip = new Set([S.config.primaryKeys[page.entityName], 'description']);
    const fields = Object.keys(row)
      .filter((k) => !k.includes('@') && !skip.has(k) && row[k] !== null && typeof row[k] !== 'object')
      .map((col) => S.field(row, [col, col.replace(/^_(.*)_value$/, '$1')]));
    const cards = [S.card('General', h('div', { className: 'fields' }, fields))];
    if (typeof row.description === 'string' && row.description) {
      // Bodies are untrusted HTML: a frame without scripts, as UCI shows e-mail bodies.
      const frame = h('iframe', { className: 'body-frame', sandbox: '', title: 'Description', 'data-id': 'description-frame' });
      frame.srcdoc = row.description;
      cards.push(S.card('Description', frame));
    }
    main.append(
      header(page, null, row, title),
      h(
        'div',
        { className: 'form-body' },
        h(
          'div',
          { className: 'summary-grid' },
          h('div', { className: 'column' }, cards[0]),
          h('div', { className: 'column' }, cards.slice(1)),
        ),
      ),
    );
  }
})();
