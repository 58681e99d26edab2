import { Link } from 'react-router-dom';
import type { FrameworkResponse } from '@smartcity/contracts';

import { useT } from '../../../i18n/i18n-provider';
import { currentVersionIds } from './catalogue-text';
import { FrameworkStatusBadge } from './framework-status-badge';

export type VersionListProps = {
  versions: readonly FrameworkResponse[];
  currentId: string;
};

/** Every version of one framework, newest first, the current one marked. */
export function VersionList({ versions, currentId }: VersionListProps) {
  const t = useT();
  const current = currentVersionIds(versions);
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <ul className="version-list">
      {sorted.map((version) => (
        <li key={version.id}>
          {version.id === currentId ? (
            <span aria-current="page" className="version-list__current">
              {t('catalogue.versionLabel', { version: version.version })} · {version.edition} (
              {t('frameworkPage.current')})
            </span>
          ) : (
            <Link to={`/catalogue/frameworks/${version.id}`}>
              {t('catalogue.versionLabel', { version: version.version })} · {version.edition}
            </Link>
          )}{' '}
          <FrameworkStatusBadge status={version.status} current={current.has(version.id)} />
        </li>
      ))}
    </ul>
  );
}
