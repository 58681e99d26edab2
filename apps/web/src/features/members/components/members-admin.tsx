import { useState } from 'react';
import type { MemberResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-messages';
import { quoted } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../lib/api-client';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { InvitationsTable } from './invitations-table';
import { InviteForm } from './invite-form';
import { MembersTable } from './members-table';

export type MembersAdminProps = {
  organizationId: string;
  /** The organization's name in the interface language, for the confirmation text. */
  organizationName: string;
};

type Outcome = { tone: 'success' | 'error'; text: string };

/** Members, pending invitations and the invite form. Read-only when the caller may grant no role here. */
export function MembersAdmin({ organizationId, organizationName }: MembersAdminProps) {
  const t = useT();
  const [locale] = useLocale();
  const members = useMembers(organizationId);
  const removeMember = useRemoveMember(organizationId);
  const revokeInvitation = useRevokeInvitation(organizationId);
  const [pendingRemoval, setPendingRemoval] = useState<MemberResponse | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (members.isPending) return <Spinner block />;
  if (members.isError) {
    const denied =
      isApiError(members.error) && (members.error.status === 404 || members.error.status === 403);
    return (
      <ErrorState
        error={members.error}
        title={denied ? t('members.unavailableTitle') : undefined}
        message={denied ? t('members.unavailableText') : undefined}
        onRetry={denied ? undefined : () => void members.refetch()}
      />
    );
  }

  const { assignableRoles } = members.data;
  const canManage = assignableRoles.length > 0;
  const pendingInvitations = members.data.invitations.filter((invitation) => invitation.status === 'pending');

  const confirmRemoval = () => {
    if (!pendingRemoval) return;
    const member = pendingRemoval;
    removeMember.mutate(member.membershipId, {
      onSuccess: () =>
        setOutcome({ tone: 'success', text: t('members.removed', { name: member.displayName }) }),
      onError: (error) => setOutcome({ tone: 'error', text: errorMessage(t, error) }),
      onSettled: () => setPendingRemoval(null),
    });
  };

  return (
    <div className="stack stack--large">
      <div aria-live="polite" aria-atomic="true">
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      </div>
      {canManage ? (
        <section className="panel">
          <InviteForm organizationId={organizationId} assignableRoles={assignableRoles} />
        </section>
      ) : (
        <Alert tone="info">{t('members.readOnly')}</Alert>
      )}

      <section aria-labelledby="members-heading" className="stack">
        <h2 id="members-heading" className="section-title">
          {t('members.caption')} <span className="count">{members.data.members.length}</span>
        </h2>
        <MembersTable members={members.data.members} canManage={canManage} onRemove={setPendingRemoval} />
      </section>

      <section aria-labelledby="invitations-heading" className="stack">
        <h2 id="invitations-heading" className="section-title">
          {t('invitations.heading')} <span className="count">{pendingInvitations.length}</span>
        </h2>
        <InvitationsTable
          invitations={pendingInvitations}
          canManage={canManage}
          revokingId={revokeInvitation.isPending ? (revokeInvitation.variables ?? null) : null}
          onRevoke={(invitation) =>
            revokeInvitation.mutate(invitation.id, {
              onSuccess: () =>
                setOutcome({ tone: 'success', text: t('invitations.revoked', { email: invitation.email }) }),
              onError: (error) => setOutcome({ tone: 'error', text: errorMessage(t, error) }),
            })
          }
        />
      </section>

      <ConfirmDialog
        open={pendingRemoval !== null}
        title={t('members.removeConfirmTitle')}
        confirmLabel={t('members.removeConfirm')}
        cancelLabel={t('common.cancel')}
        busy={removeMember.isPending}
        onConfirm={confirmRemoval}
        onCancel={() => setPendingRemoval(null)}
      >
        {pendingRemoval ? (
          <p>
            {t('members.removeConfirmText', {
              name: pendingRemoval.displayName,
              email: pendingRemoval.email,
              role: t(`role.${pendingRemoval.role}`),
              organization: quoted(locale, organizationName),
            })}
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
