import type { ReactNode } from 'react';

import { errorMessage, errorReference } from '../../i18n/error-messages';
import { useT } from '../../i18n/i18n-provider';

export type ErrorStateProps = {
  error: unknown;
  /** Heading above the message; defaults to none (the message alone). */
  title?: string;
  /** Replaces the message derived from the error's code. */
  message?: string;
  onRetry?: () => void;
  children?: ReactNode;
};

/** A failed load: what went wrong in the interface language, a reference for support, and a retry button. */
export function ErrorState({ error, title, message, onRetry, children }: ErrorStateProps) {
  const t = useT();
  const reference = errorReference(error);
  return (
    <div className="error-state" role="alert">
      {title ? <h2 className="error-state__title">{title}</h2> : null}
      <p className="error-state__message">{message ?? errorMessage(t, error)}</p>
      {reference ? (
        <p className="error-state__reference">{t('error.requestId', { requestId: reference })}</p>
      ) : null}
      {onRetry || children ? (
        <div className="error-state__actions">
          {onRetry ? (
            <button type="button" className="button button--secondary" onClick={onRetry}>
              {t('common.retry')}
            </button>
          ) : null}
          {children}
        </div>
      ) : null}
    </div>
  );
}
