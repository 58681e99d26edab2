import { Navigate, useLocation } from 'react-router-dom';

import { Alert } from '../../components/ui/alert';
import { PageHeader } from '../../components/ui/page-header';
import { Spinner } from '../../components/ui/spinner';
import { useSession } from '../../features/auth/api/get-session';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { useT } from '../../i18n/i18n-provider';
import type { SignInLocationState } from '../layout/require-session';

/** Only same-app paths are followed after sign-in (never an absolute URL from the outside). */
function safeReturnPath(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in') ? from : '/';
}

export function SignInRoute() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const state = (location.state ?? {}) as SignInLocationState;

  if (session.isPending) return <Spinner block />;
  if (session.data) return <Navigate to={safeReturnPath(state.from)} replace />;

  return (
    <div className="panel panel--form">
      <PageHeader title={t('signIn.title')} intro={t('signIn.intro')} />
      {state.signedOut ? <Alert tone="info">{t('signIn.signedOut')}</Alert> : null}
      <SignInForm />
    </div>
  );
}
