// Diagnostics of one org: versions, the signed-in user, each source's last refresh, count and
// state, the last errors in plain words — and "Copy diagnostics", which shows and copies a report
// without personal data (lib/diagnostics/report).
import { useEffect, useState } from 'preact/hooks';
import { diagnosticsText } from '../../lib/diagnostics/report';
import { t } from '../../lib/i18n';
import type { OrgDiagnostics, OrgStatus, Refused } from '../../lib/messaging/options-protocol';
import type { OrgSettings } from '../../lib/settings/settings';
import { SOURCES } from '../../lib/sources/registry';
import type { OptionsApi } from './api';
import { formatTime } from './format';

interface Props {
  org: OrgSettings;
  status: OrgStatus | Refused | null;
  api: OptionsApi;
  onRefresh(): void;
}

const labelOf = (id: string) => (id === 'session' ? t('options.diag.sessionSource') : (SOURCES.find((s) => s.id === id)?.label ?? id));

export function DiagnosticsSection({ org, status, api, onRefresh }: Props) {
  const [diagnostics, setDiagnostics] = useState<OrgDiagnostics | Refused | null>(null);
  const [copied, setCopied] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    let live = true;
    setCopied(null);
    void api.diagnostics(org.url).then((d) => live && setDiagnostics(d));
    return () => {
      live = false;
    };
  }, [org.url, status]);
  const record = diagnostics?.ok ? diagnostics.record : undefined;
  const okStatus = status?.ok ? status : undefined;
  const copy = async () => {
    const text = diagnosticsText({
      orgUrl: org.url,
      extensionVersion: api.extensionVersion,
      ...(api.browser ? { browser: api.browser } : {}),
      ...(okStatus ? { status: okStatus } : {}),
      ...(diagnostics?.ok ? { diagnostics } : {}),
      sourceOn: (id) => org.sources[id] ?? true,
      now: new Date(),
    });
    setCopied({ ok: await api.copy(text), text });
  };

  return (
    <section class="tp-opt-section" aria-labelledby="tp-diag-title" data-testid="diagnostics-section">
      <h2 id="tp-diag-title">{t('options.diag.title')}</h2>
      <p class="tp-opt-intro">{t('options.diag.intro')}</p>
      <p data-testid="diagnostics-version">
        {t('options.diag.version', { extension: api.extensionVersion, org: okStatus?.orgVersion ?? t('options.diag.unknown') })}
      </p>
      <p data-testid="diagnostics-session">
        {okStatus?.session === 'ok' && okStatus.user
          ? t('options.diag.user', { name: okStatus.user.name ?? okStatus.user.id })
          : `${t('options.diag.session')}: ${okStatus ? t(`options.session.${okStatus.session}`) : t('options.diag.unknown')}`}
      </p>
      {status && !status.ok && <p class="tp-opt-error">{status.error}</p>}
      <table class="tp-opt-table">
        <thead>
          <tr>
            <th scope="col">{t('options.diag.source')}</th>
            <th scope="col">{t('options.diag.lastRefreshHeader')}</th>
            <th scope="col">{t('options.diag.countHeader')}</th>
            <th scope="col">{t('options.diag.state')}</th>
          </tr>
        </thead>
        <tbody>
          {SOURCES.map((source) => {
            const last = record?.sources[source.id];
            return (
              <tr key={source.id} data-testid="diagnostics-source" data-source={source.id} data-state={last?.state ?? ''}>
                <th scope="row">{source.label}</th>
                <td>{formatTime(last?.refreshedAt)}</td>
                <td>{last?.count ?? '–'}</td>
                <td>{last ? (last.message ?? t(`options.state.${last.state}`)) : t('options.diag.notLoaded')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('options.diag.errors')}</h3>
      {record?.errors.length ? (
        <ul class="tp-opt-errors" data-testid="diagnostics-errors">
          {record.errors.map((e) => (
            <li key={`${e.source}|${e.at}|${e.message}`}>
              <strong>{labelOf(e.source)}</strong> · {formatTime(e.at)}
              {e.times > 1 ? ` · ${t('options.diag.times', { count: e.times })}` : ''}: {e.message}
            </li>
          ))}
        </ul>
      ) : (
        <p class="tp-opt-detail">{t('options.diag.noErrors')}</p>
      )}
      <div class="tp-opt-actions">
        <button type="button" data-testid="diagnostics-copy" onClick={() => void copy()}>
          {t('options.diag.copy')}
        </button>
        <button type="button" class="tp-opt-secondary" onClick={onRefresh}>
          {t('options.diag.refresh')}
        </button>
      </div>
      {copied && (
        <>
          <p class="tp-opt-status" role="status">
            {copied.ok ? t('options.diag.copied') : t('options.diag.copyFailed')}
          </p>
          <textarea class="tp-opt-report" readOnly rows={14} data-testid="diagnostics-text" value={copied.text} />
        </>
      )}
    </section>
  );
}
