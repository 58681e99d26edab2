import { useSearchParams } from 'react-router-dom';
import type { MailMessageResponse } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
import { ErrorState } from '../../../components/ui/error-state';
import { Facts } from '../../../components/ui/facts';
import { Spinner } from '../../../components/ui/spinner';
import { Toolbar } from '../../../components/ui/toolbar';
import { formatDateTime, isPlainMessageKey } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import type { Translate } from '../../../i18n/i18n';
import { useMailbox } from '../api/get-mailbox';
import { LinkifiedText } from './linkified-text';

function statusLabel(t: Translate, status: string): string {
  const key = `mailStatus.${status}`;
  return isPlainMessageKey(key) ? t(key) : status;
}

/** Messages on the left, the chosen one (kept in `?message=`) on the right with clickable links. */
export function MailboxView() {
  const t = useT();
  const [locale] = useLocale();
  const mailbox = useMailbox();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('message');

  if (mailbox.isPending) return <Spinner block />;
  if (mailbox.isError) return <ErrorState error={mailbox.error} onRetry={() => void mailbox.refetch()} />;

  const messages = mailbox.data.items;
  const selected: MailMessageResponse | undefined = messages.find((message) => message.id === selectedId);
  const select = (id: string) =>
    setSearchParams((params) => {
      params.set('message', id);
      return params;
    });

  return (
    <div className="stack">
      <Toolbar
        refresh={{
          label: t('mailbox.refresh'),
          onRefresh: () => void mailbox.refetch(),
          busy: mailbox.isFetching,
        }}
      />
      {messages.length === 0 ? (
        <p className="muted">{t('mailbox.empty')}</p>
      ) : (
        <div className="split">
          <DataTable
            className="split__list"
            compact
            caption={t('mailbox.caption')}
            empty={t('mailbox.empty')}
            rows={messages}
            rowKey={(message) => message.id}
            rowClassName={(message) => (message.id === selectedId ? 'is-selected' : undefined)}
            columns={[
              {
                id: 'subject',
                header: t('mailbox.subject'),
                rowHeader: true,
                cell: (message) => (
                  <>
                    <button
                      type="button"
                      className="button button--link"
                      aria-current={message.id === selectedId ? 'true' : undefined}
                      aria-label={t('mailbox.open', { subject: message.subject, to: message.to })}
                      onClick={() => select(message.id)}
                    >
                      {message.subject}
                    </button>
                    <span className="mail-list__to">{t('mailbox.toAddress', { to: message.to })}</span>
                  </>
                ),
              },
              {
                id: 'createdAt',
                header: t('mailbox.createdAt'),
                className: 'nowrap',
                cell: (message) => (
                  <time dateTime={message.createdAt}>{formatDateTime(locale, message.createdAt)}</time>
                ),
              },
            ]}
          />
          <section className="split__detail panel" aria-labelledby="mail-heading" aria-live="polite">
            {selected ? (
              <article>
                <h2 id="mail-heading" className="section-title">
                  {selected.subject}
                </h2>
                <Facts
                  compact
                  items={[
                    { label: t('mailbox.to'), value: selected.to },
                    { label: t('mailbox.createdAt'), value: formatDateTime(locale, selected.createdAt) },
                    { label: t('mailbox.status'), value: statusLabel(t, selected.status) },
                  ]}
                />
                <div className="mail-text">
                  <LinkifiedText text={selected.text} />
                </div>
              </article>
            ) : (
              <>
                <h2 id="mail-heading" className="visually-hidden">
                  {t('mailbox.messageHeading')}
                </h2>
                <p className="muted">{t('mailbox.selectHint')}</p>
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
