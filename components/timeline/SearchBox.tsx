// The search box: results as you type, and a line that says what the search covers.
import { t } from '../../lib/i18n';

interface Props {
  value: string;
  loaded: number;
  onInput(value: string): void;
}

export function SearchBox({ value, loaded, onInput }: Props) {
  return (
    <div class="tp-search">
      <input
        type="search"
        class="tp-search-input"
        data-testid="timeline-search"
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        aria-describedby="tp-search-covers"
        value={value}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.stopPropagation();
            onInput('');
          }
        }}
      />
      <p class="tp-search-covers" id="tp-search-covers">
        {t('search.covers', { covers: t('search.coversWhat'), count: loaded })}
      </p>
    </div>
  );
}
