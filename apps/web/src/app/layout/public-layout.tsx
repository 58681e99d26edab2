import { useRef } from 'react';
import { Outlet } from 'react-router-dom';

import { AppFooter } from './app-footer';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { NavigationProgress } from './page-loading';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useRouteFocus } from './use-route-focus';

/** The shell of pages reachable without a session: sign-in and invitation links. */
export function PublicLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useRouteFocus(mainRef);
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="container app-header__inner">
          <Brand />
          <div className="app-header__tools">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <NavigationProgress />
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className="app-main app-main--public">
        <div className="container container--narrow">
          <Outlet />
        </div>
      </main>
      <AppFooter />
    </div>
  );
}
