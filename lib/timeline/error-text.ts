// Typed Dataverse errors → what the user reads.
import type { DataverseError } from '../dataverse/errors';
import { t } from '../i18n';

export function errorText(error: DataverseError): string {
  switch (error.kind) {
    case 'denied':
      return error.privilege
        ? t('error.deniedPrivilege', { table: error.table ?? 'this table', privilege: error.privilege })
        : t('error.denied', { message: error.message });
    case 'throttled':
      return t('error.throttled', { seconds: Math.ceil(error.retryAfterMs / 1000) });
    case 'http':
      return t('error.http', { status: error.status, message: error.message });
    case 'not-found':
      return t('error.not-found', { message: error.message });
    case 'timeout':
      return t('error.timeout', { seconds: error.seconds });
    case 'malformed':
      return t('error.malformed', { message: error.message });
    default:
      return t(`error.${error.kind}`);
  }
}
