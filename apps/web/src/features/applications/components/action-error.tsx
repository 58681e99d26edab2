import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../i18n/error-messages';
import type { Translate } from '../../../i18n/i18n';
import { isPlainMessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/i18n-provider';

function statusLabel(t: Translate, status: unknown): string {
  const key = `applications.status.${String(status)}`;
  return isPlainMessageKey(key) ? t(key) : String(status);
}

/** The reason behind a refusal (409 mostly), from the error's structured details, in the interface language. */
export function refusalDetails(t: Translate, error: unknown): string[] {
  if (!isApiError(error)) return [];
  const details = error.details;
  const lines: string[] = [];
  if (typeof details.status === 'string')
    lines.push(t('applications.conflict.current', { status: statusLabel(t, details.status) }));
  if (Array.isArray(details.allowedFrom))
    lines.push(
      t('applications.conflict.allowedFrom', {
        statuses: details.allowedFrom.map((s) => statusLabel(t, s)).join(', '),
      }),
    );
  if (typeof details.answered === 'number' && typeof details.criteria === 'number')
    lines.push(
      t('applications.conflict.checklist', { answered: details.answered, criteria: details.criteria }),
    );
  if (Array.isArray(details.notMet))
    lines.push(t('applications.conflict.notMet', { codes: details.notMet.join(', ') }));
  if (Array.isArray(details.missing))
    lines.push(t('applications.conflict.missing', { fields: details.missing.join(', ') }));
  const current = details.current as { status?: unknown } | undefined;
  if (current && typeof current === 'object' && typeof current.status === 'string')
    lines.push(t('applications.conflict.current', { status: statusLabel(t, current.status) }));
  return lines;
}

export type ActionErrorProps = { error: unknown };

/** A failed action: the message for its code and, for refusals, why (current status, what is missing). */
export function ActionError({ error }: ActionErrorProps) {
  const t = useT();
  if (!error) return null;
  const details = refusalDetails(t, error);
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorMessage(t, error)}</p>
      {details.length > 0 ? (
        <ul>
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
