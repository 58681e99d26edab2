import { useEffect, useId, useRef, useState } from 'react';

import { Alert } from '../../../components/ui/alert';
import { useT } from '../../../i18n/i18n-provider';
import { useLogout } from '../api/logout';
import type { LogoutScope } from '../api/logout';

export type UserMenuProps = {
  displayName: string;
  email: string;
};

/**
 * A disclosure button with the user's name revealing "Sign out" and "Sign out everywhere". Escape and a click
 * outside close it; focus returns to the button. Once signed out, the signed-in shell sends the user to the sign-in
 * page.
 */
export function UserMenu({ displayName, email }: UserMenuProps) {
  const t = useT();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const signOut = (scope: LogoutScope) => {
    logout.mutate(scope);
  };

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('header.userMenu', { name: displayName })}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {displayName.trim().charAt(0).toUpperCase() || '?'}
        </span>
        <span className="user-menu__name">{displayName}</span>
        <span className="user-menu__caret" aria-hidden="true" />
      </button>
      <div className="user-menu__panel" id={panelId} hidden={!open}>
        <p className="user-menu__identity">
          <strong>{displayName}</strong>
          <br />
          <span className="user-menu__email">{email}</span>
        </p>
        {logout.isError ? <Alert tone="error">{t('header.signOutFailed')}</Alert> : null}
        <ul className="user-menu__actions">
          <li>
            <button
              type="button"
              className="button button--secondary button--block"
              disabled={logout.isPending}
              onClick={() => signOut('this-device')}
            >
              {t('header.signOut')}
            </button>
          </li>
          <li>
            <button
              type="button"
              className="button button--link button--block"
              disabled={logout.isPending}
              title={t('header.signOutEverywhereHint')}
              onClick={() => signOut('everywhere')}
            >
              {t('header.signOutEverywhere')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
