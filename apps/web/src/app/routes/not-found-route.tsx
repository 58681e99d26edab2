import { Link } from 'react-router-dom';

import { useT } from '../../i18n/i18n-provider';

export function NotFoundRoute() {
  const t = useT();
  return (
    <div className="stack message-page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('common.backHome')}
        </Link>
      </p>
    </div>
  );
}
