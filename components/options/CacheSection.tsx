// The cache: what it holds per org (timelines, estimated size), clearing one org or all of it, and
// its policy — days to keep, largest size, and whether message bodies are kept.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { CacheUsage, Refused } from '../../lib/messaging/options-protocol';
import type { ManagedLocks } from '../../lib/settings/managed';
import type { CacheSettings } from '../../lib/settings/settings';
import type { OptionsApi } from './api';
import { formatBytes, hostOf } from './format';
import { NumberField } from './NumberField';

interface Props {
  cache: CacheSettings;
  locks: ManagedLocks['cache'];
  api: OptionsApi;
  update(patch: Partial<CacheSettings>): void;
}

export function CacheSection({ cache, locks, api, update }: Props) {
  const [usage, setUsage] = useState<CacheUsage | Refused | null>(null);
  const [message, setMessage] = useState('');
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    void api.cacheUsage().then((u) => live && setUsage(u));
    return () => {
      live = false;
    };
  }, [generation, cache.keepDays, cache.maxMegabytes, cache.skipBodies]);
  const clear = async (orgUrl?: string) => {
    const reply = await api.clearCache(orgUrl);
    setMessage(reply.ok ? t('options.cache.cleared', { count: reply.removed }) : reply.error);
    setGeneration((g) => g + 1);
  };
  const rows = usage?.ok ? Object.entries(usage.orgs).sort(([a], [b]) => a.localeCompare(b)) : [];
  const total = rows.reduce((sum, [, u]) => ({ records: sum.records + u.records, bytes: sum.bytes + u.bytes }), { records: 0, bytes: 0 });

  return (
    <section class="tp-opt-section" aria-labelledby="tp-cache-title" data-testid="cache-section">
      <h2 id="tp-cache-title">{t('options.cache.title')}</h2>
      <p class="tp-opt-intro">{t('options.cache.intro')}</p>
      {!usage && <p class="tp-opt-detail">{t('options.cache.loading')}</p>}
      {usage && !usage.ok && <p class="tp-opt-error">{usage.error}</p>}
      {usage?.ok && usage.unavailable && <p class="tp-opt-note">{t('options.cache.unavailable')}</p>}
      {usage?.ok && !usage.unavailable && rows.length === 0 && (
        <p class="tp-opt-detail" data-testid="cache-empty">
          {t('options.cache.empty')}
        </p>
      )}
      {rows.length > 0 && (
        <table class="tp-opt-table">
          <thead>
            <tr>
              <th scope="col">{t('options.cache.org')}</th>
              <th scope="col">{t('options.cache.records')}</th>
              <th scope="col">{t('options.cache.size')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map(([org, u]) => (
              <tr key={org} data-testid="cache-usage-row" data-org={org} data-records={u.records} data-bytes={u.bytes}>
                <th scope="row">{hostOf(org)}</th>
                <td>{u.records}</td>
                <td>{formatBytes(u.bytes)}</td>
                <td>
                  <button
                    type="button"
                    class="tp-opt-secondary"
                    data-testid="cache-clear"
                    data-org={org}
                    aria-label={t('options.cache.clearOrg', { org: hostOf(org) })}
                    onClick={() => void clear(org)}
                  >
                    {t('options.cache.clear')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('options.cache.total')}</th>
              <td>{total.records}</td>
              <td>{formatBytes(total.bytes)}</td>
              <td>
                <button type="button" class="tp-opt-secondary" data-testid="cache-clear-all" onClick={() => void clear()}>
                  {t('options.cache.clearAll')}
                </button>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      {message && (
        <p class="tp-opt-status" role="status" data-testid="cache-message">
          {message}
        </p>
      )}
      <NumberField
        id="tp-keep-days"
        label={t('options.cache.keepDays')}
        value={cache.keepDays}
        min={1}
        max={365}
        disabled={locks.includes('keepDays')}
        testId="cache-keep-days"
        onCommit={(keepDays) => update({ keepDays })}
      />
      <NumberField
        id="tp-max-mb"
        label={t('options.cache.maxMegabytes')}
        value={cache.maxMegabytes}
        min={1}
        max={2000}
        disabled={locks.includes('maxMegabytes')}
        testId="cache-max-mb"
        onCommit={(maxMegabytes) => update({ maxMegabytes })}
      />
      <div class="tp-opt-field tp-opt-check">
        <input
          id="tp-skip-bodies"
          type="checkbox"
          data-testid="cache-skip-bodies"
          checked={cache.skipBodies}
          disabled={locks.includes('skipBodies')}
          onChange={(e) => update({ skipBodies: e.currentTarget.checked })}
        />
        <label for="tp-skip-bodies">{t('options.cache.skipBodies')}</label>
        {locks.includes('skipBodies') && <span class="tp-opt-lock">{t('options.locked')}</span>}
      </div>
    </section>
  );
}
