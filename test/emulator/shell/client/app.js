// Emulated UCI shell, part 8: the router (pushState navigation without reloads, popstate), the
// command bar, notifications and start-up.
(() => {
  'use strict';
  const S = window.__emulatorShell;
  const h = S.h;
  const main = document.getElementById('mainContent');
  const commandBar = document.getElementById('commandBar');
  const notifications = document.getElementById('notifications');
  if (!main || !commandBar) return;
  let current = S.parsePage(location.href);
  let token = 0;

  /** Navigates inside the app with history.pushState (or replaceState), as UCI does. */
  S.navigate = (href, opts) => {
    const target = new URL(href, location.href);
    if (target.origin !== location.origin || !/\/main\.aspx$/i.test(target.pathname)) return void location.assign(target.href);
    const path = target.pathname + target.search;
    if (opts && opts.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    route(false);
  };

  function route(initial) {
    current = S.parsePage(location.href);
    S.pageChanged(current, initial);
    render(current);
  }

  function render(page) {
    const mine = ++token;
    const isCurrent = () => mine === token;
    main.replaceChildren();
    main.setAttribute('data-page-type', page.pageType);
    main.setAttribute('data-entity', page.entityName || '');
    main.setAttribute('data-record-id', page.entityId || '');
    main.setAttribute('data-state', 'loading');
    renderCommandBar(page);
    for (const a of document.querySelectorAll('#sitemap a[data-entity]')) {
      const on = (page.pageType === 'dashboard' ? 'dashboard' : page.entityName) === a.getAttribute('data-entity');
      if (on) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    const renderer = page.pageType === 'entityrecord' ? S.renderRecord : page.pageType === 'dashboard' ? S.renderDashboard : S.renderList;
    Promise.resolve()
      .then(() => renderer(main, page, isCurrent))
      .catch((e) => isCurrent() && main.append(S.errorState('error', String((e && e.message) || e))))
      .then(() => isCurrent() && main.setAttribute('data-state', main.querySelector('[data-id="error-state"]') ? 'error' : 'ready'));
  }

  /** A notification bar under the command bar, like UCI's form notifications. */
  S.notify = (text) => {
    if (!notifications) return;
    const close = h('button', { className: 'icon-button', 'aria-label': 'Dismiss' }, '×');
    const bar = h('div', { className: 'notification', role: 'status', 'data-id': 'notification' }, h('span', {}, text), close);
    close.addEventListener('click', () => bar.remove());
    notifications.replaceChildren(bar);
    setTimeout(() => bar.remove(), 6000);
  };

  function button(id, icon, label, onClick) {
    return h(
      'button',
      { className: 'command', type: 'button', 'data-id': `cmd-${id}`, 'aria-label': label, title: label, onclick: onClick },
      S.icon(icon),
      h('span', {}, label),
    );
  }

  function renderCommandBar(page) {
    const form = S.FORMS[page.entityName];
    const label = form ? form.label : S.config.entityLabels[page.entityName] || 'Record';
    const unavailable = (what) => () => S.notify(`${what} is not available in the emulated org.`);
    const newForm = () => S.navigate(S.pageUrl({ pageType: 'entityrecord', entityName: page.entityName }));
    const refresh = () => render(current);
    let items;
    if (page.pageType === 'entityrecord') {
      items = [
        h(
          'button',
          {
            className: 'command back',
            type: 'button',
            'data-id': 'cmd-back',
            'aria-label': 'Go back',
            title: 'Go back',
            onclick: () => history.back(),
          },
          S.icon('back'),
        ),
        button('save', 'save', 'Save', () => S.notify('Saving is not available in the emulated org (it is read-only).')),
        button('saveandclose', 'save', 'Save & Close', () => history.back()),
        button('new', 'add', 'New', newForm),
      ];
      if (page.entityId) {
        items.push(
          button('deactivate', 'delete', 'Deactivate', unavailable('Deactivate')),
          button('refresh', 'refresh', 'Refresh', refresh),
          button('assign', 'assign', 'Assign', unavailable('Assign')),
          button('share', 'share', 'Share', unavailable('Share')),
          button('emaillink', 'mail', 'Email a Link', unavailable('Email a Link')),
        );
      }
    } else {
      items = [
        page.pageType === 'entitylist' ? button('new', 'add', `New`, newForm) : null,
        button('refresh', 'refresh', 'Refresh', refresh),
        button('delete', 'delete', 'Delete', unavailable('Delete')),
        button('excel', 'excel', 'Export to Excel', unavailable(`Export of ${label}s`)),
        button('emaillink', 'mail', 'Email a Link', unavailable('Email a Link')),
      ];
    }
    commandBar.replaceChildren(...items.filter(Boolean));
  }

  // Links marked data-nav (site map, grids, lookups) navigate in place; modified clicks open tabs.
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[data-nav]') : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    S.navigate(a.href);
  });
  window.addEventListener('popstate', () => route(false));
  for (const el of document.querySelectorAll('[data-icon]')) el.replaceWith(S.icon(el.getAttribute('data-icon'), el.className));
  const toggle = document.getElementById('sitemapToggle');
  if (toggle) toggle.addEventListener('click', () => document.body.classList.toggle('sitemap-collapsed'));

  // main.aspx?appid=… alone opens the default list, under its canonical address.
  if (!new URL(location.href).searchParams.get('pagetype') && !new URL(location.href).searchParams.get('etn')) {
    history.replaceState(null, '', S.pageUrl({ pageType: 'entitylist', entityName: 'contact' }));
  }
  route(true);
})();
