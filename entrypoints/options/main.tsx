// The options page: wiring only. Reads the user's settings and the managed ones (and follows both
// as they change), asks the worker for everything else, and renders components/options.
import './style.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { OptionsApi } from '../../components/options/api';
import { setLanguage, t } from '../../lib/i18n';
import { messenger } from '../../lib/messaging/messenger';
import { settingsItem } from '../../lib/settings/items';
import { applyManaged } from '../../lib/settings/managed';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings/settings';

setLanguage(navigator.language);
document.title = t('options.title');

const user = signal<Settings>(DEFAULT_SETTINGS);
const managed = signal<unknown>(null);
const knownOrgs = signal<string[]>([]);

const refused = { ok: false as const, error: t('options.noWorker') };
const ask = <T,>(send: () => Promise<T>, fallback: T): Promise<T> => send().catch(() => fallback);

const api: OptionsApi = {
  change: (change) => ask(() => messenger.sendMessage('changeSettings', change), { ok: false, errors: [t('options.noWorker')] }),
  orgStatus: (orgUrl) => ask(() => messenger.sendMessage('orgStatus', { orgUrl }), refused),
  cacheUsage: () => ask(() => messenger.sendMessage('cacheUsage', undefined), refused),
  clearCache: (orgUrl) => ask(() => messenger.sendMessage('clearCache', orgUrl ? { orgUrl } : {}), refused),
  diagnostics: (orgUrl) => ask(() => messenger.sendMessage('diagnostics', { orgUrl }), refused),
  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  download(filename, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  extensionVersion: browser.runtime.getManifest().version,
  browser: navigator.userAgent.match(/(Edg|Chrome|Firefox)\/[\d.]+/)?.[0] ?? '',
};

async function readSettings(): Promise<void> {
  const parsed = parseSettings(await settingsItem.getValue());
  user.value = parsed.ok ? parsed.settings : DEFAULT_SETTINGS;
}

async function readManaged(): Promise<void> {
  managed.value = await browser.storage.managed.get(null).catch(() => null);
}

async function readKnownOrgs(): Promise<void> {
  const reply = await ask(() => messenger.sendMessage('knownOrgs', undefined), refused);
  if (reply.ok) knownOrgs.value = reply.orgs;
}

function App() {
  const merged = applyManaged(user.value, managed.value);
  return (
    <OptionsPage
      user={user.value}
      effective={merged.settings}
      locks={merged.locks}
      warnings={merged.warnings}
      knownOrgs={knownOrgs.value}
      api={api}
    />
  );
}

async function start(): Promise<void> {
  await Promise.all([readSettings(), readManaged(), readKnownOrgs()]);
  settingsItem.watch(() => void readSettings());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readManaged();
  });
  render(<App />, document.getElementById('app')!);
  document.body.dataset.ready = 'true';
}

void start();
