// The interaction store mapping of one org: which Dataverse entity set holds each Customer
// Insights – Journeys interaction table. Edited as a draft, validated row by row, saved whole.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ENTITY_SET, type OrgPatch, type OrgSettings } from '../../lib/settings/settings';
import { DEFAULT_MAPPING, INTERACTION_TYPES } from '../../lib/sources/marketing/interaction-types';

interface Props {
  org: OrgSettings;
  update(patch: OrgPatch): void;
}

const TABLES = Object.keys(INTERACTION_TYPES);

export function MappingSection({ org, update }: Props) {
  const current = { ...DEFAULT_MAPPING, ...org.mapping };
  const [draft, setDraft] = useState<Record<string, string>>(current);
  useEffect(() => setDraft({ ...DEFAULT_MAPPING, ...org.mapping }), [org.url, JSON.stringify(org.mapping)]);
  const invalid = TABLES.filter((table) => !ENTITY_SET.test(draft[table] ?? ''));
  const changed = TABLES.some((table) => draft[table] !== current[table]);

  return (
    <section class="tp-opt-section" aria-labelledby="tp-mapping-title" data-testid="mapping-section">
      <h2 id="tp-mapping-title">{t('options.mapping.title')}</h2>
      <p class="tp-opt-intro">{t('options.mapping.intro')}</p>
      <details class="tp-opt-details" open={invalid.length > 0 || undefined}>
        <summary>{t('options.mapping.show', { count: TABLES.length })}</summary>
        <table class="tp-opt-table">
          <thead>
            <tr>
              <th scope="col">{t('options.mapping.table')}</th>
              <th scope="col">{t('options.mapping.entitySet')}</th>
            </tr>
          </thead>
          <tbody>
            {TABLES.map((table) => {
              const bad = invalid.includes(table);
              return (
                <tr key={table} data-testid="mapping-row" data-table={table}>
                  <th scope="row">
                    <label for={`tp-map-${table}`}>{table}</label>
                  </th>
                  <td>
                    <input
                      id={`tp-map-${table}`}
                      type="text"
                      spellcheck={false}
                      value={draft[table] ?? ''}
                      placeholder={DEFAULT_MAPPING[table]}
                      aria-invalid={bad}
                      data-testid="mapping-input"
                      onInput={(e) => setDraft({ ...draft, [table]: e.currentTarget.value.trim() })}
                    />
                    {bad && (
                      <p class="tp-opt-error" data-testid="mapping-error">
                        {t('options.mapping.invalid', { table, message: t('options.issue.entitySet') })}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
      {invalid.length > 0 && <p class="tp-opt-error">{t('options.mapping.fix')}</p>}
      <div class="tp-opt-actions">
        <button
          type="button"
          data-testid="mapping-save"
          disabled={!changed || invalid.length > 0}
          onClick={() => update({ mapping: draft })}
        >
          {t('options.mapping.save')}
        </button>
        <button type="button" class="tp-opt-secondary" onClick={() => update({ mapping: { ...DEFAULT_MAPPING } })}>
          {t('options.mapping.reset')}
        </button>
      </div>
    </section>
  );
}
