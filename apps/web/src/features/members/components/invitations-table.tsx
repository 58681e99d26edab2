import type { InvitationResponse } from '@smartcity/contracts';

import { formatDate } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';

export type InvitationsTableProps = {
  invitations: readonly InvitationResponse[];
  canManage: boolean;
  /** The invitation being revoked, to disable its button. */
  revokingId: string | null;
  onRevoke: (invitation: InvitationResponse) => void;
};

export function InvitationsTable({ invitations, canManage, revokingId, onRevoke }: InvitationsTableProps) {
  const t = useT();
  const [locale] = useLocale();
  if (invitations.length === 0) return <p className="muted">{t('invitations.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('invitations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invitations.email')}</th>
            <th scope="col">{t('invitations.role')}</th>
            <th scope="col">{t('invitations.expires')}</th>
            {canManage ? (
              <th scope="col">
                <span className="visually-hidden">{t('members.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row">{invitation.email}</th>
              <td>{t(`role.${invitation.role}`)}</td>
              <td>{formatDate(locale, invitation.expiresAt)}</td>
              {canManage ? (
                <td className="actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('invitations.revokeFor', { email: invitation.email })}
                    disabled={revokingId === invitation.id}
                    onClick={() => onRevoke(invitation)}
                  >
                    {t('invitations.revoke')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
