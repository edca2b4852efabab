// The options page: the administrator's note, the CRM orgs, then the settings of one org (sources,
// defaults, time windows, mapping, diagnostics), the cache and export/import. It shows the settings
// in effect (the user's with the managed ones laid over) and asks the worker for every change.
import { useEffect, useState } from 'preact/hooks';
import { orgKind } from '../../lib/diagnostics/scrub';
import { t } from '../../lib/i18n';
import type { OrgStatus, Refused, SettingsChange } from '../../lib/messaging/options-protocol';
import type { ManagedLocks } from '../../lib/settings/managed';
import { newOrgSettings, orgSettings, type OrgPatch, type Settings } from '../../lib/settings/settings';
import type { OptionsApi } from './api';
import { CacheSection } from './CacheSection';
import { DefaultsSection } from './DefaultsSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { hostOf } from './format';
import { ManagedNote } from './ManagedNote';
import { MappingSection } from './MappingSection';
import { OrgsSection } from './OrgsSection';
import { SourcesSection } from './SourcesSection';
import { TransferSection } from './TransferSection';
import { WindowsSection } from './WindowsSection';

export interface OptionsPageProps {
  /** The user's own settings (what is exported). */
  user: Settings;
  /** The settings in effect: the user's with the managed ones laid over. */
  effective: Settings;
  locks: ManagedLocks;
  warnings: string[];
  /** Orgs the worker has seen (loaded or cached) beside those of the settings. */
  knownOrgs: string[];
  api: OptionsApi;
}

/** The answer to the last change; `n` counts the answers (a test, or a screen reader, can tell two “Saved.” apart). */
type Status = { ok: boolean; text: string; n: number } | null;

export function OptionsPage({ user, effective, locks, warnings, knownOrgs, api }: OptionsPageProps) {
  const orgUrls = [...new Set([...effective.orgs.map((o) => o.url), ...knownOrgs])];
  const [selected, setSelected] = useState<string | undefined>(orgUrls[0]);
  const orgUrl = selected && orgUrls.includes(selected) ? selected : orgUrls[0];
  const [status, setStatus] = useState<OrgStatus | Refused | null>(null);
  const [checks, setChecks] = useState(0);
  const [saved, setSaved] = useState<Status>(null);

  useEffect(() => {
    if (!orgUrl) return;
    let live = true;
    setStatus(null);
    void api.orgStatus(orgUrl).then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, [orgUrl, checks]);

  const change = async (request: SettingsChange) => {
    const reply = await api.change(request);
    const text = reply.ok ? t('options.saved') : t('options.notSaved', { errors: reply.errors.join('; ') });
    setSaved((last) => ({ ok: reply.ok, text, n: (last?.n ?? 0) + 1 }));
  };
  const org = orgUrl ? (orgSettings(effective, orgUrl) ?? newOrgSettings(orgUrl, orgKind(orgUrl), 'visit')) : undefined;
  const orgLocks = orgUrl ? locks.orgs[orgUrl] : undefined;
  const updateOrg = (patch: OrgPatch) => orgUrl && void change({ kind: 'org', orgUrl, patch });

  return (
    <main class="tp-opt-page">
      <header class="tp-opt-header">
        <h1>{t('options.title')}</h1>
        <p class="tp-opt-intro">{t('options.intro')}</p>
        <p
          class={`tp-opt-saved${saved && !saved.ok ? ' tp-opt-error' : ''}`}
          role="status"
          aria-live="polite"
          data-testid="options-status"
          data-answers={saved?.n ?? 0}
          data-ok={saved ? String(saved.ok) : ''}
        >
          {saved?.text ?? ''}
        </p>
      </header>
      <ManagedNote locks={locks} warnings={warnings} />
      <OrgsSection />
      <section class="tp-opt-section tp-opt-org-picker" aria-labelledby="tp-org-title">
        <h2 id="tp-org-title">{org ? t('options.org.heading', { org: hostOf(org.url) }) : t('options.org.label')}</h2>
        {orgUrls.length === 0 ? (
          <p data-testid="options-no-org">{t('options.org.none')}</p>
        ) : (
          <div class="tp-opt-field">
            <label for="tp-org-picker">{t('options.org.label')}</label>
            <select id="tp-org-picker" data-testid="org-picker" value={orgUrl} onChange={(e) => setSelected(e.currentTarget.value)}>
              {orgUrls.map((url) => (
                <option key={url} value={url}>
                  {hostOf(url)}
                  {locks.orgs[url] ? ` (${t('options.org.admin')})` : ''}
                </option>
              ))}
            </select>
          </div>
        )}
      </section>
      {org && (
        <div class="tp-opt-org" data-testid="org-settings" data-org={org.url}>
          <SourcesSection org={org} locks={orgLocks} status={status} update={updateOrg} />
          <DefaultsSection org={org} update={updateOrg} />
          <WindowsSection org={org} locks={orgLocks} update={updateOrg} />
          <MappingSection org={org} update={updateOrg} />
          <DiagnosticsSection org={org} status={status} api={api} onRefresh={() => setChecks((n) => n + 1)} />
        </div>
      )}
      <CacheSection cache={effective.cache} locks={locks.cache} api={api} update={(patch) => void change({ kind: 'cache', patch })} />
      <TransferSection settings={user} api={api} />
    </main>
  );
}
