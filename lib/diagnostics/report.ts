// "Copy diagnostics": a plain-text report of one org for a support request, with no personal data —
// no names, emails, record or user ids, and the org's host replaced by its kind (online or custom).
import { t } from '../i18n';
import type { OrgDiagnostics, OrgStatus } from '../messaging/options-protocol';
import { orgKind, scrubText } from './scrub';

export interface ReportInput {
  orgUrl: string;
  extensionVersion: string;
  /** The browser and its version (its user agent's product token, e.g. Chrome/130.0.0.0), when known. */
  browser?: string;
  status?: OrgStatus;
  diagnostics?: OrgDiagnostics;
  /** Whether each source is on in the settings. */
  sourceOn(id: string): boolean;
  now: Date;
}

const iso = (ms: number | undefined) => (ms === undefined ? t('options.diag.never') : new Date(ms).toISOString());

export function diagnosticsText(input: ReportInput): string {
  const names = input.status?.user?.name ? [input.status.user.name] : [];
  const scrub = (text: string) => scrubText(text, { orgUrl: input.orgUrl, names });
  const record = input.diagnostics?.record;
  const lines = [
    t('options.diag.reportTitle'),
    `${t('options.diag.created')}: ${input.now.toISOString()}`,
    `${t('options.diag.extension')}: ${input.extensionVersion}`,
    ...(input.browser ? [`${t('options.diag.browser')}: ${input.browser}`] : []),
    `${t('options.diag.org')}: ${orgKind(input.orgUrl) === 'online' ? t('options.diag.orgOnline') : t('options.diag.orgCustom')}`,
    `${t('options.diag.orgVersion')}: ${input.status?.orgVersion ?? t('options.diag.unknown')}`,
    `${t('options.diag.session')}: ${input.status ? t(`options.session.${input.status.session}`) : t('options.diag.unknown')}`,
    ...(input.status?.message ? [`  ${scrub(input.status.message)}`] : []),
    `${t('options.diag.loads')}: ${record?.loads ?? 0} (${t('options.diag.lastLoad')} ${iso(record?.lastLoadAt)})`,
    '',
    `${t('options.diag.sources')}:`,
  ];
  const ids = [...new Set([...(input.status?.sources.map((s) => s.id) ?? []), ...Object.keys(record?.sources ?? {})])];
  for (const id of ids) {
    const access = input.status?.sources.find((s) => s.id === id);
    const last = record?.sources[id];
    const parts = [
      input.sourceOn(id) ? t('options.diag.on') : t('options.diag.off'),
      access?.state === 'missing'
        ? t('options.diag.missing', { privileges: access.missing.join(', ') })
        : access?.state === 'granted'
          ? t('options.diag.granted')
          : t('options.diag.privilegesUnknown'),
      ...(last
        ? [
            t('options.diag.lastState', { state: last.state }),
            t('options.diag.count', { count: last.count ?? 0 }),
            `${t('options.diag.lastRefresh')} ${iso(last.refreshedAt)}`,
          ]
        : [t('options.diag.notLoaded')]),
    ];
    lines.push(`- ${id}: ${parts.join('; ')}`);
  }
  lines.push('', `${t('options.diag.errors')}:`);
  const errors = record?.errors ?? [];
  if (!errors.length) lines.push(`- ${t('options.diag.noErrors')}`);
  for (const e of errors) lines.push(`- ${iso(e.at)} ${e.source} ${e.kind}${e.times > 1 ? ` ×${e.times}` : ''}: ${scrub(e.message)}`);
  return `${lines.join('\n')}\n`;
}
