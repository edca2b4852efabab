// What the popup says instead of searching: how to start, signed out (with a sign-in link), errors.
import { t } from '../../lib/i18n';
import { orgLabel } from '../../lib/popup/org-choice';

export type PopupMessageProps =
  { state: 'no-org' } | { state: 'signed-out'; orgUrl: string } | { state: 'error' | 'no-worker'; message: string };

export function PopupMessage(props: PopupMessageProps) {
  if (props.state === 'signed-out') {
    const org = orgLabel(props.orgUrl);
    return (
      <div class="tp-message tp-message-warn" data-testid="popup-message" data-state="signed-out" role="alert">
        <p>{t('popup.signedOut', { org })}</p>
        {/* The org URL was checked to be a CRM org by the worker; it opens in a new tab. */}
        <a data-testid="sign-in" href={props.orgUrl} target="_blank" rel="noopener noreferrer">
          {t('popup.signIn', { org })}
        </a>
      </div>
    );
  }
  return (
    <p class="tp-message" data-testid="popup-message" data-state={props.state} role={props.state === 'no-org' ? undefined : 'alert'}>
      {props.state === 'no-org' ? t('popup.noOrg') : props.message}
    </p>
  );
}
