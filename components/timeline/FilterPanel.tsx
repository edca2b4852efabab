// Filters with a count on every option, a visible "filters on" state and one control that clears them.
import type { Signal } from '@preact/signals';
import { useMemo, useState } from 'preact/hooks';
import { facets, isFiltering, NO_FILTERS, type FacetId, type RangePreset, type TimelineFilters } from '../../lib/timeline/filters';
import type { DisplayZone } from '../../lib/timeline/display-zone';
import { t } from '../../lib/i18n';
import type { Interaction } from '../../lib/timeline/model';

interface Props {
  filters: Signal<TimelineFilters>;
  items: readonly Interaction[];
  zone: DisplayZone;
  sourceLabels: Record<string, string>;
  /** Search hits, when a search narrows the timeline. */
  within?: ReadonlySet<string> | undefined;
}

const PRESETS: RangePreset[] = ['all', '7d', '30d', '90d', '12m', 'custom'];

function activeCount(f: TimelineFilters): number {
  return (
    f.types.length +
    f.assets.length +
    f.actions.length +
    f.statuses.length +
    f.sources.length +
    f.directions.length +
    f.owners.length +
    (f.range.preset === 'all' ? 0 : 1)
  );
}

export function FilterPanel({ filters, items, zone, sourceLabels, within }: Props) {
  const [open, setOpen] = useState(false);
  const f = filters.value;
  const on = isFiltering(f);
  // Counting every option walks the whole timeline: only when the panel is open, once per change.
  const groups = useMemo(
    () => (open ? facets(items, f, new Date(), zone, sourceLabels, within) : []),
    [open, items, f, zone, sourceLabels, within],
  );
  const toggle = (facet: FacetId, value: string) => {
    const list = f[facet];
    filters.value = { ...f, [facet]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] };
  };
  return (
    <div class="tp-filters">
      <div class="tp-filter-bar">
        <button
          type="button"
          class={`tp-filter-toggle${on ? ' tp-filter-on' : ''}`}
          aria-expanded={open}
          aria-controls="tp-filter-panel"
          data-testid="filters-toggle"
          onClick={() => setOpen(!open)}
        >
          {on ? t('filters.on', { count: activeCount(f) }) : t('filters.button')}
        </button>
        {on && (
          <button type="button" class="tp-link-button" data-testid="filters-clear" onClick={() => (filters.value = NO_FILTERS)}>
            {t('filters.clear')}
          </button>
        )}
      </div>
      {open && (
        <div class="tp-filter-panel" id="tp-filter-panel" data-testid="filter-panel">
          <label class="tp-filter-range">
            {t('filters.date')}
            <select
              data-testid="filter-range"
              value={f.range.preset}
              onChange={(e) =>
                (filters.value = { ...f, range: { ...f.range, preset: (e.target as HTMLSelectElement).value as RangePreset } })
              }
            >
              {PRESETS.map((value) => (
                <option key={value} value={value}>
                  {t(`range.${value}`)}
                </option>
              ))}
            </select>
          </label>
          {f.range.preset === 'custom' && (
            <div class="tp-filter-custom">
              <label>
                {t('filters.from')}
                <input
                  type="date"
                  data-testid="filter-from"
                  value={f.range.from ?? ''}
                  onChange={(e) => (filters.value = { ...f, range: { ...f.range, from: (e.target as HTMLInputElement).value } })}
                />
              </label>
              <label>
                {t('filters.to')}
                <input
                  type="date"
                  data-testid="filter-to"
                  value={f.range.to ?? ''}
                  onChange={(e) => (filters.value = { ...f, range: { ...f.range, to: (e.target as HTMLInputElement).value } })}
                />
              </label>
            </div>
          )}
          {groups.map((facet) => (
            <fieldset key={facet.id} class="tp-facet" data-facet={facet.id}>
              <legend>{facet.label}</legend>
              {facet.options.map((o) => (
                <label
                  key={o.value}
                  class="tp-facet-option"
                  data-testid="filter-option"
                  data-facet={facet.id}
                  data-value={o.value}
                  data-count={o.count}
                >
                  <input type="checkbox" checked={o.selected} onChange={() => toggle(facet.id, o.value)} />
                  <span class="tp-facet-label">{o.label}</span>
                  <span class="tp-facet-count">{o.count}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}
    </div>
  );
}
