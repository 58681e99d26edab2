import { PageHeader } from '../../components/ui/page-header';
import { MailboxView } from '../../features/mailbox/components/mailbox-view';
import { useT } from '../../i18n/i18n-provider';

export function MailboxRoute() {
  const t = useT();
  return (
    <div className="stack">
      <PageHeader title={t('mailbox.title')} intro={t('mailbox.intro')} />
      <MailboxView />
    </div>
  );
}
