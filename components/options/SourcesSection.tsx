// Sources of one org: each on or off, what it needs of the user's security role, and whether the
// signed-in user has it (asked of the worker: granted, or which privileges are missing).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { OrgStatus, Refused, SourceAccess } from '../../lib/messaging/options-protocol';
import type { ManagedLocks } from '../../lib/settings/managed';
import type { OrgPatch, OrgSettings } from '../../lib/settings/settings';
import { SOURCES } from '../../lib/sources/registry';
import { KIND_LABELS } from '../../lib/timeline/model';
import { hostOf } from './format';

interface Props {
  org: OrgSettings;
  locks: ManagedLocks['orgs'][string] | undefined;
  status: OrgStatus | Refused | null;
  update(patch: OrgPatch): void;
}

function accessText(access: SourceAccess | undefined, status: Props['status']): string {
  if (!status) return t('options.sources.checking');
  if (!access || access.state === 'unknown') return status.ok && status.message ? status.message : t('options.sources.unknown');
  return access.state === 'granted'
    ? t('options.sources.granted')
    : t('options.sources.missing', { privileges: access.missing.join(', ') });
}

export function SourcesSection({ org, locks, status, update }: Props) {
  // What the user just chose shows at once, while the worker saves it; the saved settings then agree
  // (or, if saving failed, the box goes back to what is saved).
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  useEffect(() => setChosen({}), [org]);
  const signedOut = status?.ok && status.session === 'signed-out';
  return (
    <section class="tp-opt-section" aria-labelledby="tp-sources-title" data-testid="sources-section">
      <h2 id="tp-sources-title">{t('options.sources.title')}</h2>
      <p class="tp-opt-intro">{t('options.sources.intro')}</p>
      {signedOut && (
        <p class="tp-opt-note" data-testid="signed-out">
          {t('options.session.signedOutNote')}{' '}
          <a href={org.url} target="_blank" rel="noopener noreferrer">
            {t('options.session.signIn', { org: hostOf(org.url) })}
          </a>
        </p>
      )}
      <ul class="tp-opt-sources">
        {SOURCES.map((source) => {
          const access = status?.ok ? status.sources.find((s) => s.id === source.id) : undefined;
          const locked = locks?.sources.includes(source.id) ?? false;
          const on = chosen[source.id] ?? org.sources[source.id] ?? true;
          const id = `tp-source-${source.id}`;
          return (
            <li
              key={source.id}
              class="tp-opt-source"
              data-testid="source-option"
              data-source={source.id}
              data-access={access?.state ?? 'unknown'}
            >
              <div class="tp-opt-source-head">
                <input
                  id={id}
                  type="checkbox"
                  data-testid="source-toggle"
                  data-source={source.id}
                  checked={on}
                  disabled={locked}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setChosen((c) => ({ ...c, [source.id]: checked }));
                    update({ sources: { [source.id]: checked } });
                  }}
                />
                <label for={id} class="tp-opt-source-name">
                  {source.label}
                </label>
                {locked && <span class="tp-opt-lock">{t('options.locked')}</span>}
              </div>
              <p class="tp-opt-detail">{source.kinds.map((k) => KIND_LABELS[k]).join(', ')}</p>
              <p class="tp-opt-detail">
                {source.requiredPrivileges.length
                  ? t('options.sources.privileges', { privileges: source.requiredPrivileges.join(', ') })
                  : t('options.sources.noPrivileges')}
              </p>
              <p class={`tp-opt-access tp-opt-access-${access?.state ?? 'unknown'}`} data-testid="source-access">
                {accessText(access, status)}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
