import { UserMenu } from '../../features/auth/components/user-menu';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useCurrentOrganization } from '../current-organization';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { OrganizationSwitcher } from './organization-switcher';

/** Product name and personal tools on top; the organization the user works in right below. */
export function AppHeader() {
  const { session } = useCurrentOrganization();
  return (
    <header className="app-header">
      <div className="container app-header__inner">
        <Brand />
        <div className="app-header__tools">
          <LanguageSwitcher />
          <NotificationBell />
          <UserMenu displayName={session.user.displayName} email={session.user.email} />
        </div>
      </div>
      <div className="app-header__context">
        <div className="container">
          <OrganizationSwitcher />
        </div>
      </div>
    </header>
  );
}
