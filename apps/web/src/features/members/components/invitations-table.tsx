import type { InvitationResponse } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
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
  return (
    <DataTable
      caption={t('invitations.caption')}
      empty={t('invitations.empty')}
      rows={invitations}
      rowKey={(invitation) => invitation.id}
      columns={[
        {
          id: 'email',
          header: t('invitations.email'),
          rowHeader: true,
          cell: (invitation) => invitation.email,
        },
        { id: 'role', header: t('invitations.role'), cell: (invitation) => t(`role.${invitation.role}`) },
        {
          id: 'expires',
          header: t('invitations.expires'),
          cell: (invitation) => formatDate(locale, invitation.expiresAt),
        },
        canManage && {
          id: 'actions',
          header: t('members.actions'),
          hideHeader: true,
          className: 'actions',
          cell: (invitation) => (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('invitations.revokeFor', { email: invitation.email })}
              disabled={revokingId === invitation.id}
              onClick={() => onRevoke(invitation)}
            >
              {t('invitations.revoke')}
            </button>
          ),
        },
      ]}
    />
  );
}
