import { useRef } from 'react';
import { Outlet } from 'react-router-dom';

import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { MainNav } from './main-nav';
import { NavigationProgress } from './page-loading';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useRouteFocus } from './use-route-focus';

/** The signed-in shell: header, navigation, the page, footer. */
export function AppLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useRouteFocus(mainRef);
  return (
    <div className="app">
      <SkipLink />
      <AppHeader />
      <MainNav />
      <NavigationProgress />
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className="app-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <AppFooter />
    </div>
  );
}
