// The popup page: wiring only. The worker answers (validated here); the org of the active tab is
// offered first. Opened as a page of its own (not as the toolbar popup), `?org=` picks a known org.
import './style.css';
import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import type { PopupApi } from '../../components/popup/use-popup';
import { messenger } from '../../lib/messaging/messenger';
import { parseOpenReply, parsePopupStartReply, parseQuickSearchReply, parseSummaryReply } from '../../lib/messaging/validate-popup';

const LAST_ORG_KEY = 'touchpoint.popup.lastOrg';

async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url; // present for CRM tabs: the extension holds their host permission
  } catch {
    return undefined;
  }
}

function lastOrg(): string | null {
  try {
    return localStorage.getItem(LAST_ORG_KEY);
  } catch {
    return null;
  }
}

const api: PopupApi = {
  async start() {
    const tabUrl = await activeTabUrl();
    return parsePopupStartReply(await messenger.sendMessage('popupStart', tabUrl ? { tabUrl } : {}).catch(() => null));
  },
  async search(orgUrl, query) {
    return parseQuickSearchReply(await messenger.sendMessage('quickSearch', { orgUrl, query }).catch(() => null));
  },
  async summary(orgUrl, record) {
    return parseSummaryReply(await messenger.sendMessage('recordSummary', { orgUrl, record }).catch(() => null));
  },
  async open(orgUrl, record) {
    return parseOpenReply(await messenger.sendMessage('openRecord', { orgUrl, record }).catch(() => null))?.opened === true;
  },
  requestedOrg: new URLSearchParams(location.search).get('org'),
  lastUsedOrg: lastOrg(),
  rememberOrg(orgUrl) {
    try {
      localStorage.setItem(LAST_ORG_KEY, orgUrl);
    } catch {
      // storage may be off; the choice is then not remembered
    }
  },
};

async function main() {
  // The toolbar popup is no tab; opened in a tab of its own, the page stays after "Open".
  const inTab = (await browser.tabs.getCurrent().catch(() => undefined)) !== undefined;
  render(<Popup api={api} onOpened={() => !inTab && window.close()} />, document.getElementById('app')!);
}

void main();
