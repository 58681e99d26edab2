import { MessagePage } from '../../components/ui/message-page';
import { useT } from '../../i18n/i18n-provider';

export function NotFoundRoute() {
  const t = useT();
  return <MessagePage title={t('notFound.title')} text={t('notFound.text')} />;
}
