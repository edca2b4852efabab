// Time windows of one org: months of real-time marketing interactions, and the day outbound
// marketing interactions start from (empty: the documented cut-off).
import { t } from '../../lib/i18n';
import type { ManagedLocks } from '../../lib/settings/managed';
import type { OrgPatch, OrgSettings } from '../../lib/settings/settings';
import { NumberField } from './NumberField';

interface Props {
  org: OrgSettings;
  locks: ManagedLocks['orgs'][string] | undefined;
  update(patch: OrgPatch): void;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function WindowsSection({ org, locks, update }: Props) {
  const setOutbound = (value: string) => {
    if (!value) update({ outboundSince: null });
    else if (ISO_DAY.test(value)) update({ outboundSince: value });
  };
  return (
    <section class="tp-opt-section" aria-labelledby="tp-windows-title">
      <h2 id="tp-windows-title">{t('options.windows.title')}</h2>
      <NumberField
        id="tp-realtime-months"
        label={t('options.windows.realtime')}
        value={org.realtimeMonths}
        min={1}
        max={24}
        disabled={locks?.realtimeMonths ?? false}
        testId="realtime-months"
        onCommit={(realtimeMonths) => update({ realtimeMonths })}
      />
      <div class="tp-opt-field">
        <label for="tp-outbound-since">{t('options.windows.outbound')}</label>
        <input
          id="tp-outbound-since"
          type="date"
          data-testid="outbound-since"
          value={org.outboundSince ?? ''}
          onChange={(e) => setOutbound(e.currentTarget.value)}
        />
        {org.outboundSince && (
          <button type="button" class="tp-opt-link" onClick={() => setOutbound('')}>
            {t('options.windows.clear')}
          </button>
        )}
        <p class="tp-opt-detail">{t('options.windows.outboundHint')}</p>
      </div>
    </section>
  );
}
