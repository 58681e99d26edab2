import '../applications.css';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { NotificationPreferenceDto, NotificationPreferencesResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { ErrorState } from '../../../components/ui/error-state';
import { FormActions } from '../../../components/ui/form-actions';
import { Spinner } from '../../../components/ui/spinner';
import { useT } from '../../../i18n/i18n-provider';
import { useNotificationPreferences, useSaveNotificationPreferences } from '../api/monitoring';
import { ActionError } from './action-error';

const CHANNELS = [
  { field: 'inApp', label: 'preferences.channel.in_app' },
  { field: 'email', label: 'preferences.channel.email' },
] as const;

function PreferencesTable({ initial }: { initial: NotificationPreferencesResponse }) {
  const t = useT();
  const [items, setItems] = useState<NotificationPreferenceDto[]>(initial.items);
  const save = useSaveNotificationPreferences();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(items);
  };
  return (
    <form className="stack" onSubmit={onSubmit}>
      <table className="table">
        <caption>{t('preferences.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preferences.column.kind')}</th>
            {CHANNELS.map((channel) => (
              <th key={channel.field} scope="col">
                {t(channel.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={item.kind}>
              <th scope="row">{t(`preferences.kind.${item.kind}`)}</th>
              {CHANNELS.map((channel) => (
                <td key={channel.field}>
                  <input
                    type="checkbox"
                    aria-label={t('preferences.toggle', {
                      kind: t(`preferences.kind.${item.kind}`),
                      channel: t(channel.label),
                    })}
                    checked={item[channel.field]}
                    onChange={(e) =>
                      setItems((current) =>
                        current.map((c, i) =>
                          i === index ? { ...c, [channel.field]: e.target.checked } : c,
                        ),
                      )
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ActionError error={save.error} />
      {save.isSuccess ? <Alert tone="success">{t('preferences.saved')}</Alert> : null}
      <FormActions
        submitLabel={t('preferences.save')}
        pendingLabel={t('preferences.saving')}
        pending={save.isPending}
      />
    </form>
  );
}

/** Per kind × channel switches for the signed-in user's application notifications. */
export function NotificationPreferencesForm() {
  const t = useT();
  const preferences = useNotificationPreferences();
  if (preferences.isPending) return <Spinner label={t('common.loading')} block />;
  if (preferences.isError)
    return <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />;
  return <PreferencesTable initial={preferences.data} />;
}
