import { Link } from 'react-router-dom';

import { useT } from '../../i18n/i18n-provider';

/** The product name, linking home. */
export function Brand() {
  const t = useT();
  return (
    <Link to="/" className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="6" fill="currentColor" />
        <path d="M8 24V12l8-5 8 5v12h-5v-7h-6v7z" fill="#0b3d6e" />
      </svg>
      <span className="brand__name">{t('app.title')}</span>
    </Link>
  );
}
