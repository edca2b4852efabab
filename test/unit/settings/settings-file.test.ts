import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings, MAX_FILE_BYTES } from '../../../lib/settings/settings-file';
import { DEFAULT_SETTINGS, newOrgSettings, type Settings } from '../../../lib/settings/settings';
import { SOURCES } from '../../../lib/sources/registry';

const IDS = SOURCES.map((s) => s.id);
const CONTOSO = 'https://contoso.crm.dynamics.com';
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  orgs: [
    { ...newOrgSettings(CONTOSO, 'online', 'user'), sources: { notes: false }, defaultActions: ['opened'], outboundSince: '2023-01-01' },
  ],
  cache: { keepDays: 10, maxMegabytes: 50, skipBodies: true },
};

const errorsOf = (text: string) => {
  const result = importSettings(text, IDS);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
};

describe('settings export and import', () => {
  it('gives back exactly what was exported, in a dated file', () => {
    const file = exportSettings(settings, new Date('2026-03-04T10:00:00Z'));
    expect(file.filename).toBe('touchpoint-settings-2026-03-04.json');
    expect(importSettings(file.text, IDS)).toEqual({ ok: true, settings });
  });

  it('refuses what is not JSON, not a settings file, or too large', () => {
    expect(errorsOf('{"version": 1,')[0]).toMatch(/^The file is not valid JSON/);
    expect(errorsOf('[1, 2]')).toEqual(['The file is not a Touchpoint settings file.']);
    expect(errorsOf('{"kind": "something-else", "settings": {}}')).toEqual(['The file is not a Touchpoint settings file.']);
    expect(errorsOf(' '.repeat(MAX_FILE_BYTES + 1))[0]).toMatch(/larger than 1024 kB/);
  });

  it('lists every problem in plain words, naming the org and the setting', () => {
    const bad = {
      kind: 'touchpoint-settings',
      settings: {
        version: 1,
        orgs: [
          { ...newOrgSettings(CONTOSO, 'online', 'user'), realtimeMonths: 99, outboundSince: 'yesterday' },
          { ...newOrgSettings('http://crm.fabrikam.example', 'custom', 'user'), mapping: { EmailOpened: 'cij emailopened' } },
        ],
      },
    };
    expect(errorsOf(JSON.stringify(bad))).toEqual([
      `org 1 (${CONTOSO}) › real-time marketing months: must be at most 24 (found 99)`,
      `org 1 (${CONTOSO}) › outbound cut-off date: must be a date written YYYY-MM-DD (found "yesterday")`,
      'org 2 (http://crm.fabrikam.example) › address: must be an https address without a path, such as https://contoso.crm.dynamics.com (found "http://crm.fabrikam.example")',
      'org 2 (http://crm.fabrikam.example) › interaction store mapping › “EmailOpened”: must be an entity set name: a letter or _, then letters, digits and _ (found "cij emailopened")',
      'cache: is missing',
    ]);
  });

  it('says which version it reads and what type a value must be', () => {
    expect(errorsOf(JSON.stringify({ ...settings, version: 2 }))).toEqual([
      'version: must be 1: this version of Touchpoint reads settings of version 1 (found 2)',
    ]);
    expect(errorsOf(JSON.stringify({ ...settings, cache: { ...settings.cache, skipBodies: 'yes' } }))).toEqual([
      'cache › “do not keep message bodies”: must be true or false (found "yes")',
    ]);
  });

  it('refuses names it does not know instead of ignoring a typo', () => {
    const org = {
      ...settings.orgs[0]!,
      sources: { notez: false },
      defaultTypes: ['emial'],
      defaultActions: ['open'],
      mapping: { EmailOpen: 'x' },
    };
    const errors = errorsOf(JSON.stringify({ ...settings, orgs: [org] }));
    expect(errors[0]).toBe(`org 1 (${CONTOSO}) › sources: there is no source “notez” (known: ${IDS.join(', ')})`);
    expect(errors.slice(1)).toEqual([
      `org 1 (${CONTOSO}) › types shown by default: there is no type “emial”`,
      `org 1 (${CONTOSO}) › marketing actions shown by default: there is no marketing action “open”`,
      `org 1 (${CONTOSO}) › interaction store mapping: there is no interaction table “EmailOpen”`,
    ]);
  });

  it('refuses an org listed twice', () => {
    expect(errorsOf(JSON.stringify({ ...settings, orgs: [settings.orgs[0], settings.orgs[0]] }))).toEqual([`${CONTOSO} is listed twice`]);
  });
});
