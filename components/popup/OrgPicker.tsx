// The org the popup searches: a choice among the known orgs, or just its name when there is one.
import { t } from '../../lib/i18n';
import { orgLabel, type OrgChoice } from '../../lib/popup/org-choice';

export interface OrgPickerProps {
  choice: OrgChoice & { current: string };
  onChoose(orgUrl: string): void;
}

export function OrgPicker({ choice, onChoose }: OrgPickerProps) {
  const current = choice.orgs.find((o) => o.url === choice.current) ?? { url: choice.current };
  return (
    <div class="tp-org">
      <label for="tp-org-select" class="tp-org-label">
        {t('popup.org')}
      </label>
      {choice.orgs.length > 1 ? (
        <select
          id="tp-org-select"
          data-testid="org-picker"
          value={choice.current}
          onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value)}
        >
          {choice.orgs.map((org) => (
            <option key={org.url} value={org.url}>
              {orgLabel(org)}
            </option>
          ))}
        </select>
      ) : (
        <output id="tp-org-select" data-testid="org-picker" data-org={current.url}>
          {orgLabel(current)}
        </output>
      )}
      {choice.fromTab && <span class="tp-org-hint">({t('popup.orgFromTab')})</span>}
    </div>
  );
}
