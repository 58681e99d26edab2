import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

import { ErrorPage } from '../error-boundary';
import { NotFoundRoute } from './not-found-route';

/** The router's errorElement: a thrown 404 shows the not-found page, anything else the error page. */
export function RouteError() {
  const error = useRouteError();
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
