import type { InvitationPreviewResponse, SessionResponse } from '@smartcity/contracts';

import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { formatDate, localizedName, quoted } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../lib/api-client';
import { useInvitationPreview } from '../api/get-invitation-preview';
import { AcceptInvitationForm } from './accept-invitation-form';

export type InvitationAcceptanceProps = {
  token: string;
  onAccepted: (session: SessionResponse, invitation: InvitationPreviewResponse) => void;
};

/** The public page behind an invitation link: what is offered, then name and password. */
export function InvitationAcceptance({ token, onAccepted }: InvitationAcceptanceProps) {
  const t = useT();
  const [locale] = useLocale();
  const preview = useInvitationPreview(token);

  if (preview.isPending) return <Spinner block />;
  if (preview.isError) {
    const invalid = isApiError(preview.error) && preview.error.status === 404;
    return (
      <ErrorState
        error={preview.error}
        title={invalid ? t('acceptInvitation.invalidTitle') : undefined}
        message={invalid ? t('error.invitations.invalid') : undefined}
        onRetry={invalid ? undefined : () => void preview.refetch()}
      />
    );
  }

  const invitation = preview.data;
  const organization = localizedName(locale, {
    nameRu: invitation.organizationNameRu,
    nameEn: invitation.organizationNameEn,
  });
  return (
    <div className="stack">
      <div className="panel panel--highlight">
        <p className="lead">
          {t('acceptInvitation.summary', {
            organization: quoted(locale, organization),
            role: t(`role.${invitation.role}`),
          })}
        </p>
        <p>{t('acceptInvitation.email', { email: invitation.email })}</p>
        <p className="muted">
          {t('acceptInvitation.expires', { date: formatDate(locale, invitation.expiresAt) })}
        </p>
      </div>
      <AcceptInvitationForm token={token} invitation={invitation} onAccepted={onAccepted} />
    </div>
  );
}
