// Options page, "CRM orgs": the orgs Touchpoint knows (visited ones appear by themselves), adding an
// on-premises or own-domain org by its address — which asks the browser for that one site, in the
// click that adds it — and removing one, which gives the site's access back (the worker then drops
// its content script and cached timelines). Whether a custom org has access is asked of the
// browser each time, so one revoked in the browser's own settings shows as needing permission.
import { useEffect, useState } from 'preact/hooks';
import { formatAge, t, type MessageKey } from '../../lib/i18n';
import { storedSettingsAccess, updateSettings, withoutOrg, withUserOrg } from '../../lib/settings/org-settings';
import { originPattern, parseOrgInput } from '../../lib/crm/org-url';
import { settingsItem } from '../../lib/settings/items';
import { parseSettings, type OrgSettings } from '../../lib/settings/settings';

type Access = 'built-in' | 'granted' | 'needed';
type Note = { tone: 'ok' | 'error' | 'info'; text: string } | null;
type Loaded = { orgs: OrgSettings[]; errors?: undefined } | { orgs: OrgSettings[]; errors: string[] };

const access = storedSettingsAccess(settingsItem, globalThis.navigator?.locks);

async function loadOrgs(): Promise<Loaded> {
  const stored = await settingsItem.getValue();
  if (stored === null) return { orgs: [] };
  const parsed = parseSettings(stored);
  return parsed.ok ? { orgs: parsed.settings.orgs } : { orgs: [], errors: parsed.errors };
}

async function accessOf(orgs: OrgSettings[]): Promise<Record<string, Access>> {
  const entries = await Promise.all(
    orgs.map(async (org): Promise<[string, Access]> => {
      if (org.kind === 'online') return [org.url, 'built-in'];
      const granted = await browser.permissions.contains({ origins: [originPattern(org.url)] }).catch(() => false);
      return [org.url, granted ? 'granted' : 'needed'];
    }),
  );
  return Object.fromEntries(entries);
}

function OrgRow({
  org,
  access: state,
  onGrant,
  onRemove,
}: {
  org: OrgSettings;
  access: Access | undefined;
  onGrant(): void;
  onRemove(): void;
}) {
  const seen = org.lastSeenAt;
  return (
    <tr data-testid="org-row" data-org={org.url} data-kind={org.kind} data-added-by={org.addedBy} data-access={state ?? ''}>
      <td class="tp-org-url">{org.label ? `${org.label} (${org.url})` : org.url}</td>
      <td>{t(`orgs.kind.${org.kind}`)}</td>
      <td>{t(`orgs.addedBy.${org.addedBy}`)}</td>
      <td title={seen ? new Date(seen).toLocaleString() : undefined}>{seen ? formatAge(seen, Date.now()) : t('orgs.neverSeen')}</td>
      <td>
        {state && (
          <span class={state === 'needed' ? 'tp-opt-access-missing' : 'tp-opt-access-granted'}>
            {t(`orgs.access.${state === 'built-in' ? 'builtIn' : state}`)}
          </span>
        )}
        {state === 'needed' && (
          <button type="button" data-testid="org-grant" onClick={onGrant}>
            {t('orgs.grant')}
          </button>
        )}
      </td>
      <td>
        {org.addedBy === 'admin' ? (
          <span class="tp-opt-lock">{t('orgs.adminFixed')}</span>
        ) : (
          <button type="button" data-testid="org-remove" aria-label={t('orgs.removeLabel', { url: org.url })} onClick={onRemove}>
            {t('orgs.remove')}
          </button>
        )}
      </td>
    </tr>
  );
}

export interface OrgsSectionProps {
  /** The orgs in effect (the administrator's laid over the user's); without it, the stored ones. */
  orgs?: readonly OrgSettings[];
}

export function OrgsSection({ orgs: effective }: OrgsSectionProps = {}) {
  const [loaded, setLoaded] = useState<Loaded>({ orgs: [] });
  const [accessByOrg, setAccess] = useState<Record<string, Access>>({});
  const [input, setInput] = useState('');
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);

  const orgs = effective ?? loaded.orgs;
  const orgsKey = orgs.map((o) => `${o.url} ${o.kind}`).join(',');

  useEffect(() => {
    let live = true;
    const refresh = () => void loadOrgs().then((next) => live && setLoaded(next));
    refresh();
    const unwatch = settingsItem.watch(refresh);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  // Access is the browser's to say: asked again when the orgs change or a permission comes or goes.
  useEffect(() => {
    let live = true;
    const refresh = () => void accessOf([...orgs]).then((states) => live && setAccess(states));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [orgsKey]);

  const save = async (change: Parameters<typeof updateSettings>[1]): Promise<boolean> => {
    const result = await updateSettings(access, change);
    if (!result.ok) setNote({ tone: 'error', text: t('orgs.invalidStored', { errors: result.errors.join('; ') }) });
    return result.ok;
  };

  // Runs in the submit of a click: the permission request must come before any await (user gesture).
  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseOrgInput(input);
    if (!parsed.ok) return setNote({ tone: 'error', text: t(`orgs.problem.${parsed.problem}` as MessageKey, { input: input.trim() }) });
    const { origin, kind, path } = parsed;
    if (orgs.some((o) => o.url === origin) && (kind === 'online' || accessByOrg[origin] === 'granted'))
      return setNote({ tone: 'info', text: t('orgs.already', { url: origin }) });
    const asked = kind === 'custom' ? browser.permissions.request({ origins: [originPattern(origin)] }) : Promise.resolve(true);
    if (kind === 'custom') setNote({ tone: 'info', text: t('orgs.asking', { url: origin }) });
    setBusy(true);
    void (async () => {
      try {
        if (!(await asked)) return setNote({ tone: 'error', text: t('orgs.denied', { url: origin }) });
        const listed = orgs.some((o) => o.url === origin);
        if (!(await save((s) => withUserOrg(s, origin, kind)))) return;
        setInput('');
        const text = listed
          ? t('orgs.granted', { url: origin })
          : kind === 'online'
            ? t('orgs.addedOnline', { url: origin })
            : t('orgs.added', { url: origin });
        setNote({ tone: 'ok', text: path ? `${text} ${t('orgs.pathNote', { origin, path })}` : text });
      } catch (error) {
        setNote({ tone: 'error', text: t('orgs.error', { message: error instanceof Error ? error.message : String(error) }) });
      } finally {
        setBusy(false);
      }
    })();
  };

  const grant = (org: OrgSettings) => {
    void browser.permissions.request({ origins: [originPattern(org.url)] }).then(
      (granted) =>
        setNote(
          granted ? { tone: 'ok', text: t('orgs.granted', { url: org.url }) } : { tone: 'error', text: t('orgs.denied', { url: org.url }) },
        ),
      (error: unknown) => setNote({ tone: 'error', text: t('orgs.error', { message: String(error) }) }),
    );
  };

  const remove = async (org: OrgSettings) => {
    try {
      if (org.kind === 'custom') await browser.permissions.remove({ origins: [originPattern(org.url)] });
      if (await save((s) => withoutOrg(s, org.url))) setNote({ tone: 'ok', text: t('orgs.removed', { url: org.url }) });
    } catch (error) {
      setNote({ tone: 'error', text: t('orgs.error', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <section class="tp-opt-section" data-testid="orgs-section" aria-labelledby="tp-orgs-title">
      <h2 id="tp-orgs-title">{t('orgs.title')}</h2>
      <p class="tp-hint">{t('orgs.intro')}</p>
      {loaded.errors && (
        <p class="tp-opt-error" role="alert">
          {t('orgs.invalidStored', { errors: loaded.errors.join('; ') })}
        </p>
      )}
      {orgs.length === 0 ? (
        <p data-testid="orgs-empty">{t('orgs.empty')}</p>
      ) : (
        <table class="tp-opt-table">
          <thead>
            <tr>
              <th scope="col">{t('orgs.col.url')}</th>
              <th scope="col">{t('orgs.col.kind')}</th>
              <th scope="col">{t('orgs.col.addedBy')}</th>
              <th scope="col">{t('orgs.col.lastSeen')}</th>
              <th scope="col">{t('orgs.col.access')}</th>
              <th scope="col">
                <span class="tp-visually-hidden">{t('orgs.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((org) => (
              <OrgRow key={org.url} org={org} access={accessByOrg[org.url]} onGrant={() => grant(org)} onRemove={() => void remove(org)} />
            ))}
          </tbody>
        </table>
      )}
      <form class="tp-opt-field" onSubmit={add} noValidate>
        <label for="tp-org-input">{t('orgs.addLabel')}</label>
        <input
          id="tp-org-input"
          data-testid="org-input"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          placeholder={t('orgs.addPlaceholder')}
          value={input}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
          aria-describedby="tp-org-note"
          disabled={Boolean(loaded.errors)}
        />
        <button type="submit" data-testid="org-add" disabled={busy || Boolean(loaded.errors)}>
          {t('orgs.add')}
        </button>
      </form>
      <p
        id="tp-org-note"
        class={note?.tone === 'error' ? 'tp-opt-status tp-opt-error' : 'tp-opt-status'}
        data-testid="org-message"
        data-tone={note?.tone ?? ''}
        role="status"
        aria-live="polite"
      >
        {note?.text ?? ''}
      </p>
    </section>
  );
}
