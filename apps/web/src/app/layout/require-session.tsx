import { Navigate, useLocation } from 'react-router-dom';

import { ErrorState } from '../../components/ui/error-state';
import { Spinner } from '../../components/ui/spinner';
import { useSession } from '../../features/auth/api/get-session';
import { useHasSignedOut } from '../../features/auth/api/logout';
import { CurrentOrganizationProvider } from '../current-organization';
import { AppLayout } from './app-layout';

export type SignInLocationState = { from?: string; signedOut?: boolean };

/** The signed-in part of the app: sends visitors without a session to the sign-in page, then back. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const hasSignedOut = useHasSignedOut();

  if (session.isPending) {
    return (
      <div className="page-center">
        <Spinner block />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div className="page-center container container--narrow">
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  if (!session.data) {
    const state: SignInLocationState = hasSignedOut
      ? { signedOut: true }
      : { from: `${location.pathname}${location.search}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return (
    <CurrentOrganizationProvider key={session.data.user.id} session={session.data}>
      <AppLayout />
    </CurrentOrganizationProvider>
  );
}
