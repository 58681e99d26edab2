import { NavLink } from 'react-router-dom';

import { useT } from '../../i18n/i18n-provider';
import type { PlainMessageKey } from '../../i18n/i18n';
import { useCurrentOrganization } from '../current-organization';

type NavItem = { to: string; label: PlainMessageKey; end?: boolean };

/**
 * Only what exists and what the current membership's role allows: Home, Organizations, Members, the
 * catalogue, Notifications, and the development mailbox for platform admins.
 */
export function MainNav() {
  const t = useT();
  const { current, hasPermission } = useCurrentOrganization();

  const items: NavItem[] = [{ to: '/', label: 'nav.home', end: true }];
  if (hasPermission('organizations.read'))
    items.push({ to: '/organizations', label: 'nav.organizations', end: true });
  if (current && hasPermission('members.read')) {
    items.push({ to: `/organizations/${current.organization.id}/members`, label: 'nav.members' });
  }
  if (current && hasPermission('roadmaps.read')) {
    items.push({ to: `/organizations/${current.organization.id}/roadmaps`, label: 'nav.roadmaps' });
  }
  if (hasPermission('catalogue.read')) items.push({ to: '/catalogue', label: 'nav.catalogue' });
  if (hasPermission('compliance.overview')) items.push({ to: '/compliance', label: 'nav.compliance' });
  if (current && current.organization.kind === 'municipality' && hasPermission('applications.read')) {
    items.push({ to: `/organizations/${current.organization.id}/applications`, label: 'nav.applications' });
  }
  if (hasPermission('campaigns.manage')) items.push({ to: '/campaigns', label: 'nav.campaigns' });
  if (hasPermission('applications.review') || hasPermission('applications.manage'))
    items.push({ to: '/reviews', label: 'nav.reviews' });
  if (hasPermission('applications.monitor')) {
    items.push({ to: '/sla', label: 'nav.sla' });
    items.push({ to: '/dashboard/applications', label: 'nav.dashboard' });
  }
  items.push({ to: '/notifications', label: 'nav.notifications' });
  items.push({ to: '/settings/notifications', label: 'nav.notificationSettings' });
  if (hasPermission('mailbox.read')) items.push({ to: '/dev/mailbox', label: 'nav.mailbox' });

  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <div className="container">
        <ul className="main-nav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className="main-nav__link">
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
