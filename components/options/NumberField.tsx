// A whole-number setting: saved when the field is left or Enter is pressed, refused (with the
// reason beside it) when it is out of bounds.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { wholeNumber } from './format';

interface Props {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  disabled?: boolean;
  testId: string;
  onCommit(value: number): void;
}

export function NumberField({ id, label, value, min, max, disabled, testId, onCommit }: Props) {
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(String(value));
    setInvalid(false);
  }, [value]);
  const commit = () => {
    const parsed = wholeNumber(text, min, max);
    setInvalid(parsed === null);
    if (parsed !== null && parsed !== value) onCommit(parsed);
  };
  return (
    <div class="tp-opt-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        disabled={disabled}
        data-testid={testId}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {disabled && <span class="tp-opt-lock">{t('options.locked')}</span>}
      {invalid && (
        <p id={`${id}-error`} class="tp-opt-error" role="alert">
          {t('options.number.invalid', { min, max })}
        </p>
      )}
    </div>
  );
}
