// The search box: focused on opening; arrows move in the list below, Enter opens, Esc clears.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { LIST_ID, optionId } from './ResultList';

export interface QuickSearchProps {
  value: string;
  active: number;
  hasOptions: boolean;
  onInput(value: string): void;
  onMove(delta: number): void;
  onEnter(): void;
}

export function QuickSearch({ value, active, hasOptions, onInput, onMove, onEnter }: QuickSearchProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onEnter();
    } else if (e.key === 'Escape' && value) {
      e.preventDefault(); // clears the box; a second Esc closes the popup
      onInput('');
    }
  };
  return (
    <div class="tp-search">
      <input
        ref={input}
        type="text"
        class="tp-search-input"
        data-testid="quick-search"
        role="combobox"
        aria-label={t('popup.searchLabel')}
        aria-expanded={hasOptions}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        {...(hasOptions && active >= 0 ? { 'aria-activedescendant': optionId(active) } : {})}
        placeholder={t('popup.searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p class="tp-keys">{t('popup.keys')}</p>
    </div>
  );
}
