import { MessagePage } from '../../components/ui/message-page';
import { useT } from '../../i18n/i18n-provider';

/** Shown in place of a page the current role may not open (the API refuses it with 403 as well). */
export function ForbiddenRoute() {
  const t = useT();
  return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;
}
