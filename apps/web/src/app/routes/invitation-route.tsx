import { useNavigate, useParams } from 'react-router-dom';
import type { InvitationPreviewResponse, SessionResponse } from '@smartcity/contracts';

import { PageHeader } from '../../components/ui/page-header';
import { InvitationAcceptance } from '../../features/auth/components/invitation-acceptance';
import { useT } from '../../i18n/i18n-provider';
import { preselectOrganization } from '../current-organization';

export function InvitationRoute() {
  const t = useT();
  const navigate = useNavigate();
  const { token = '' } = useParams();

  // Open the app in the organization the invitation was for.
  const onAccepted = (session: SessionResponse, invitation: InvitationPreviewResponse) => {
    const joined = session.memberships.find((m) => m.organization.id === invitation.organizationId);
    if (joined) preselectOrganization(session.user.id, joined.organization.id);
    void navigate('/', { replace: true });
  };

  return (
    <div className="panel panel--form">
      <PageHeader title={t('acceptInvitation.title')} />
      <InvitationAcceptance token={token} onAccepted={onAccepted} />
    </div>
  );
}
