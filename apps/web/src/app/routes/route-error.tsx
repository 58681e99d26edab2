import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

import { useT } from '../../i18n/i18n-provider';
import { ErrorPage } from '../error-boundary';
import { PageLoadError } from '../lazy-page';
import { NotFoundRoute } from './not-found-route';

/**
 * The router's errorElement: a thrown 404 shows the not-found page, a page whose code could not be loaded (offline,
 * or a redeploy replaced its chunk) asks for a reload, anything else shows the error page.
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  if (error instanceof PageLoadError) {
    return <ErrorPage error={error} title={t('errorPage.loadFailedTitle')} text={t('errorPage.loadFailedText')} />;
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <main id="main-content" className="app-main">
        <div className="container container--narrow">
          <NotFoundRoute />
        </div>
      </main>
    );
  }
  return <ErrorPage error={error} />;
}
