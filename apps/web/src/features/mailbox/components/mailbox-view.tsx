import { useSearchParams } from 'react-router-dom';
import type { MailMessageResponse } from '@smartcity/contracts';

import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
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
      <div className="toolbar">
        <span />
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void mailbox.refetch()}
          disabled={mailbox.isFetching}
        >
          {t('mailbox.refresh')}
        </button>
      </div>
      {messages.length === 0 ? (
        <p className="muted">{t('mailbox.empty')}</p>
      ) : (
        <div className="split">
          <div className="split__list table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">{t('mailbox.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mailbox.subject')}</th>
                  <th scope="col">{t('mailbox.createdAt')}</th>
                </tr>
              </thead>
              <tbody>
                {messages.map((message) => (
                  <tr key={message.id} className={message.id === selectedId ? 'is-selected' : undefined}>
                    <th scope="row">
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
                    </th>
                    <td className="nowrap">
                      <time dateTime={message.createdAt}>{formatDateTime(locale, message.createdAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section className="split__detail panel" aria-labelledby="mail-heading" aria-live="polite">
            {selected ? (
              <article>
                <h2 id="mail-heading" className="section-title">
                  {selected.subject}
                </h2>
                <dl className="facts facts--compact">
                  <div className="facts__row">
                    <dt>{t('mailbox.to')}</dt>
                    <dd>{selected.to}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>{t('mailbox.createdAt')}</dt>
                    <dd>{formatDateTime(locale, selected.createdAt)}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>{t('mailbox.status')}</dt>
                    <dd>{statusLabel(t, selected.status)}</dd>
                  </div>
                </dl>
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
