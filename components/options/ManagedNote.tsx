// The note shown when an administrator manages some settings (managed storage), and why a policy
// was ignored if it was.
import { t } from '../../lib/i18n';
import { hasLocks, type ManagedLocks } from '../../lib/settings/managed';
import { hostOf } from './format';

interface Props {
  locks: ManagedLocks;
  warnings: string[];
}

export function ManagedNote({ locks, warnings }: Props) {
  if (!hasLocks(locks) && !warnings.length) return null;
  const orgs = Object.keys(locks.orgs);
  return (
    <aside class="tp-opt-managed" data-testid="managed-note" aria-labelledby="tp-managed-title">
      <h2 id="tp-managed-title">{t('options.managed.title')}</h2>
      {hasLocks(locks) && <p>{t('options.managed.note')}</p>}
      {orgs.length > 0 && <p>{t('options.managed.orgs', { orgs: orgs.map(hostOf).join(', ') })}</p>}
      {locks.cache.length > 0 && <p>{t('options.managed.cache')}</p>}
      {warnings.length > 0 && (
        <ul class="tp-opt-errors">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}
