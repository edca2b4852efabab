// Emulated UCI shell, part 3: the page-world Xrm (reference §1.3). Like the real client, the page
// context trails the URL: after a pushState navigation getPageContext() and Xrm.Page keep
// describing the previous page for 50–400 ms (S.trailDelay), then follow.
(() => {
  'use strict';
  const S = window.__emulatorShell;
  const cfg = S.config;

  function contextFor(page) {
    if (page.pageType === 'entityrecord') {
      return {
        input: {
          pageType: 'entityrecord',
          entityName: page.entityName,
          entityId: page.entityId,
          createFromEntity: null,
          formId: (cfg.formIds || {})[page.entityName],
        },
      };
    }
    if (page.pageType === 'entitylist') {
      return {
        input: {
          pageType: 'entitylist',
          entityName: page.entityName,
          viewId: page.viewId || (cfg.viewIds || {})[page.entityName],
          viewType: 1039,
        },
      };
    }
    return { input: { pageType: page.pageType } };
  }

  // The page Xrm describes now, and the one it will describe once it catches up.
  let committed = S.parsePage(location.href);
  let pending = null;
  const waiters = [];
  const rows = new Map(); // page key → loaded record, for Xrm.Page attributes

  /** Called by the router after every URL change (pushState, replaceState, popstate). */
  S.pageChanged = (page, immediate) => {
    if (pending) clearTimeout(pending);
    const commit = () => {
      pending = null;
      committed = page;
      waiters.splice(0).forEach((resolve) => resolve());
    };
    if (immediate) commit();
    else pending = setTimeout(commit, S.trailDelay(location.href));
  };
  /** Resolves once getPageContext() describes the current URL. */
  S.contextSettled = () => (pending ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve());
  S.setFormRow = (page, row) => rows.set(page.key, row);

  const roles = (cfg.user.roles || []).map((r) => ({ id: r.id, name: r.name }));
  const collection = (items) => ({
    get: (which) =>
      typeof which === 'number'
        ? items[which]
        : typeof which === 'function'
          ? items.filter(which)
          : items.find((i) => i.name === which || i.id === which) || null,
    getAll: () => items.slice(),
    getLength: () => items.length,
    forEach: (fn) => items.forEach((item, i) => fn(item, i)),
  });
  const appUrl = () => `${cfg.orgUrl}${S.basePath()}?appid=${cfg.appId}`;
  const appProperties = () => ({
    appId: cfg.appId,
    displayName: cfg.appName,
    uniqueName: cfg.appUniqueName,
    url: appUrl(),
    webResourceId: null,
    webResourceName: null,
    welcomePageId: null,
    welcomePageName: null,
  });

  const userSettings = {
    userId: S.braced(cfg.user.id),
    userName: cfg.user.name,
    languageId: cfg.user.languageId,
    securityRoles: roles.map((r) => r.id),
    roles: collection(roles),
    securityRolePrivileges: [],
    transactionCurrencyId: cfg.currencyId,
    isGuidedHelpEnabled: false,
    isHighContrastEnabled: false,
    isRTL: false,
    defaultDashboardId: null,
    dateFormattingInfo: { ShortDatePattern: 'M/d/yyyy', ShortTimePattern: 'h:mm tt', FirstDayOfWeek: 0 },
    getTimeZoneOffsetMinutes: () => cfg.user.timeZoneOffsetMinutes,
  };
  const organizationSettings = {
    uniqueName: cfg.orgUniqueName,
    organizationId: cfg.organizationId,
    languageId: 1033,
    baseCurrencyId: cfg.currencyId,
    defaultCountryCode: '',
    isAutoSaveEnabled: true,
    isTrialOrganization: false,
    fullNameConversionFormat: 0,
    useSkypeProtocol: false,
  };
  const globalContext = {
    userSettings,
    organizationSettings,
    client: { getClient: () => 'Web', getClientState: () => 'Online', getFormFactor: () => 1, isOffline: () => false },
    getClientUrl: () => cfg.orgUrl,
    getVersion: () => cfg.version,
    getCurrentAppUrl: appUrl,
    getCurrentAppName: () => Promise.resolve(cfg.appName),
    getCurrentAppProperties: () => Promise.resolve(appProperties()),
    getQueryStringParameters: () => Object.fromEntries(new URL(location.href).searchParams),
    isOnPremises: () => false,
    getAdvancedConfigSetting: (name) => ({ MaxChildIncidentNumber: 100, MaxIncidentMergeNumber: 3 })[name],
    // Deprecated but still present in the real client.
    getUserId: () => userSettings.userId,
    getUserName: () => userSettings.userName,
    getUserLcid: () => userSettings.languageId,
    getUserRoles: () => userSettings.securityRoles.slice(),
    getOrgUniqueName: () => organizationSettings.uniqueName,
    getOrgLcid: () => organizationSettings.languageId,
    getTimeZoneOffsetMinutes: () => userSettings.getTimeZoneOffsetMinutes(),
  };

  /** Xrm.Page attribute wrapper over the loaded row (lookups as [{ id, name, entityType }]). */
  function attribute(row, name) {
    const lookupCol = `_${name}_value`;
    if (lookupCol in row) {
      const id = row[lookupCol];
      const value = id
        ? [
            {
              id: S.braced(id),
              name: row[`${lookupCol}@OData.Community.Display.V1.FormattedValue`] || '',
              entityType: row[`${lookupCol}@Microsoft.Dynamics.CRM.lookuplogicalname`],
            },
          ]
        : null;
      return { getName: () => name, getValue: () => value, getAttributeType: () => 'lookup' };
    }
    if (!(name in row)) return null;
    return { getName: () => name, getValue: () => row[name], getAttributeType: () => typeof row[name] };
  }

  const formPage = () => (committed.pageType === 'entityrecord' ? committed : null);
  const Page = {
    get data() {
      const page = formPage();
      if (!page) return null;
      const row = rows.get(page.key) || {};
      return {
        entity: {
          getId: () => S.braced(page.entityId),
          getEntityName: () => page.entityName,
          getPrimaryAttributeValue: () => {
            const primary = (cfg.primaryNames || {})[page.entityName];
            return primary && row[primary] !== undefined ? row[primary] : null;
          },
          getIsDirty: () => false,
          attributes: { get: (name) => attribute(row, name) },
        },
      };
    },
    get ui() {
      const page = formPage();
      return page
        ? {
            getFormType: () => (page.entityId ? 2 : 1),
            formSelector: { getCurrentItem: () => ({ getId: () => (cfg.formIds || {})[page.entityName] }) },
          }
        : null;
    },
    getAttribute: (name) => {
      const page = formPage();
      return page ? attribute(rows.get(page.key) || {}, name) : null;
    },
    context: globalContext,
  };

  function openForm(options) {
    if (!options || !options.entityName) return Promise.reject(new Error('entityName is required'));
    const page = {
      pageType: 'entityrecord',
      entityName: String(options.entityName).toLowerCase(),
      entityId: S.normId(options.entityId) || undefined,
    };
    const url = S.pageUrl(page);
    if (options.openInNewWindow) {
      window.open(url, '_blank');
      return Promise.resolve({ savedEntityReference: [] });
    }
    S.navigate(url);
    return S.contextSettled().then(() => ({ savedEntityReference: [] }));
  }

  function navigateTo(pageInput, navigationOptions) {
    if (navigationOptions && navigationOptions.target === 2)
      return Promise.reject(new Error('Dialogs are not available in the emulated org.'));
    const type = pageInput && pageInput.pageType;
    if (type === 'entityrecord') return openForm({ entityName: pageInput.entityName, entityId: pageInput.entityId }).then(() => undefined);
    if (type === 'entitylist') {
      S.navigate(S.pageUrl({ pageType: 'entitylist', entityName: pageInput.entityName, viewId: pageInput.viewId }));
      return S.contextSettled();
    }
    return Promise.reject(new Error(`pageType ${type} is not supported by the emulated org.`));
  }

  async function webApiGet(path) {
    const res = await S.apiGet(path);
    if (res.ok) return res.data;
    const error = new Error(res.message);
    error.errorCode = res.kind === 'notfound' ? -2147220969 : res.kind === 'denied' ? -2147220960 : -2147220970;
    throw error;
  }
  const setOf = (name) => S.entitySet(name) || `${name}s`;

  window.Xrm = {
    Page,
    Utility: {
      getGlobalContext: () => globalContext,
      // A fresh object per call, as the real one returns.
      getPageContext: () => contextFor(committed),
      showProgressIndicator: () => {},
      closeProgressIndicator: () => {},
    },
    Navigation: {
      openForm,
      navigateTo,
      openUrl: (url) => void window.open(url, '_blank'),
      openAlertDialog: (strings) => {
        if (S.notify) S.notify(String((strings && strings.text) || ''));
        return Promise.resolve({ confirmed: true });
      },
    },
    WebApi: {
      retrieveRecord: (entity, id, options) => webApiGet(`${setOf(entity)}(${S.normId(id)})${options || ''}`),
      retrieveMultipleRecords: async (entity, options) => {
        const data = await webApiGet(`${setOf(entity)}${options || ''}`);
        return { entities: data.value, nextLink: data['@odata.nextLink'] };
      },
    },
    Internal: { isUci: () => true },
  };
})();
