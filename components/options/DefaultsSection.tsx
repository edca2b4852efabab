// What a timeline of this org shows before the user chooses filters: types and marketing actions
// (nothing ticked: everything).
import { t } from '../../lib/i18n';
import { FILTER_TYPES } from '../../lib/settings/settings-file';
import type { OrgPatch, OrgSettings } from '../../lib/settings/settings';
import { typeLabel } from '../../lib/timeline/filters';
import { ACTION_LABELS, MARKETING_ACTIONS } from '../../lib/timeline/model';

interface Props {
  org: OrgSettings;
  update(patch: OrgPatch): void;
}

function toggle(list: readonly string[], value: string, on: boolean, order: readonly string[]): string[] {
  const next = new Set(list);
  if (on) next.add(value);
  else next.delete(value);
  return order.filter((v) => next.has(v));
}

export function DefaultsSection({ org, update }: Props) {
  const group = (
    title: string,
    values: readonly string[],
    selected: string[],
    label: (v: string) => string,
    field: 'defaultTypes' | 'defaultActions',
  ) => (
    <fieldset class="tp-opt-choices" data-testid={field}>
      <legend>{title}</legend>
      {values.map((value) => (
        <label key={value} class="tp-opt-choice">
          <input
            type="checkbox"
            data-value={value}
            checked={selected.includes(value)}
            onChange={(e) => update({ [field]: toggle(selected, value, e.currentTarget.checked, values) })}
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <section class="tp-opt-section" aria-labelledby="tp-defaults-title">
      <h2 id="tp-defaults-title">{t('options.defaults.title')}</h2>
      <p class="tp-opt-intro">{t('options.defaults.intro')}</p>
      {group(t('options.defaults.types'), FILTER_TYPES, org.defaultTypes, typeLabel, 'defaultTypes')}
      {group(
        t('options.defaults.actions'),
        MARKETING_ACTIONS,
        org.defaultActions,
        (a) => ACTION_LABELS[a as keyof typeof ACTION_LABELS],
        'defaultActions',
      )}
    </section>
  );
}
