import { Link } from 'react-router-dom';

import { useT } from '../../i18n/i18n-provider';

export type MessagePageProps = {
  title: string;
  text: string;
};

/** A whole page saying why there is nothing to show here (not found, forbidden), with the way home. */
export function MessagePage({ title, text }: MessagePageProps) {
  const t = useT();
  return (
    <div className="stack message-page">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('common.backHome')}
        </Link>
      </p>
    </div>
  );
}
