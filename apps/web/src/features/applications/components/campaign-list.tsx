import '../applications.css';
import { useState } from 'react';
import type { CampaignResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorState } from '../../../components/ui/error-state';
import { FormActions } from '../../../components/ui/form-actions';
import { Spinner } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { formatDate } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useCampaignStatusChange, useCampaigns, useUpdateCampaign } from '../api/campaigns';
import { closesAtOf } from '../lib/campaign-form';
import { ActionError } from './action-error';
import { CampaignEditor } from './campaign-editor';

export type CampaignsManagerProps = {
  /** Programme coordinators: create, edit drafts, open and close. */
  canManage: boolean;
  today: string;
};

type Pending = { campaign: CampaignResponse; action: 'publish' | 'close' };

/** An open campaign's only editable field: its closing date (409 campaigns.locked for anything else). */
function ExtendForm({ campaign, onDone }: { campaign: CampaignResponse; onDone: () => void }) {
  const t = useT();
  const update = useUpdateCampaign();
  const [day, setDay] = useState(campaign.closesAt.slice(0, 10));
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (day === '') return;
        update.mutate(
          { campaignId: campaign.id, body: { revision: campaign.revision, closesAt: closesAtOf(day) } },
          { onSuccess: onDone },
        );
      }}
    >
      <TextField
        label={t('campaigns.extendLabel', { title: campaign.title })}
        type="date"
        value={day}
        onChange={(e) => setDay(e.target.value)}
      />
      <ActionError error={update.error} />
      <FormActions
        submitLabel={t('campaigns.save')}
        pendingLabel={t('campaigns.saving')}
        pending={update.isPending}
      />
    </form>
  );
}

/** Campaigns with, for those who manage them, the editor and the open/close moves (confirmed). */
export function CampaignsManager({ canManage, today }: CampaignsManagerProps) {
  const t = useT();
  const [locale] = useLocale();
  const campaigns = useCampaigns();
  const statusChange = useCampaignStatusChange();
  const [editing, setEditing] = useState<CampaignResponse | 'new' | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [saved, setSaved] = useState(false);
  const [extending, setExtending] = useState<CampaignResponse | null>(null);

  if (campaigns.isPending) return <Spinner label={t('common.loading')} block />;
  if (campaigns.isError)
    return <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />;

  return (
    <div className="stack">
      {saved ? <Alert tone="success">{t('campaigns.saved')}</Alert> : null}
      {canManage && editing === null ? (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setSaved(false);
              setEditing('new');
            }}
          >
            {t('campaigns.create')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <CampaignEditor
          key={editing === 'new' ? 'new' : editing.id}
          campaign={editing === 'new' ? null : editing}
          today={today}
          onDone={() => {
            setEditing(null);
            setSaved(true);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {extending ? (
        <ExtendForm
          key={extending.id}
          campaign={extending}
          onDone={() => {
            setExtending(null);
            setSaved(true);
          }}
        />
      ) : null}
      <ActionError error={statusChange.error} />
      <DataTable
        caption={t('campaigns.caption')}
        rows={campaigns.data.items}
        rowKey={(row) => row.id}
        empty={t('campaigns.empty')}
        columns={[
          { id: 'title', header: t('campaigns.column.title'), rowHeader: true, cell: (row) => row.title },
          {
            id: 'status',
            header: t('campaigns.column.status'),
            cell: (row) => (
              <>
                <Badge tone={row.status === 'open' ? 'success' : 'neutral'}>
                  {t(`campaigns.status.${row.status}`)}
                </Badge>{' '}
                {row.acceptingApplications ? <Badge tone="info">{t('campaigns.accepting')}</Badge> : null}
              </>
            ),
          },
          {
            id: 'window',
            header: t('campaigns.column.window'),
            cell: (row) =>
              t('campaigns.window', {
                opens: formatDate(locale, row.opensAt),
                closes: formatDate(locale, row.closesAt),
              }),
          },
          canManage && {
            id: 'actions',
            header: t('campaigns.column.actions'),
            cell: (row) => (
              <div className="toolbar">
                {row.status === 'draft' ? (
                  <>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        setSaved(false);
                        setEditing(row);
                      }}
                    >
                      {t('campaigns.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => setPending({ campaign: row, action: 'publish' })}
                    >
                      {t('campaigns.publish')}
                    </button>
                  </>
                ) : null}
                {row.status === 'open' ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setSaved(false);
                      setExtending(row);
                    }}
                  >
                    {t('campaigns.extend')}
                  </button>
                ) : null}
                {row.status === 'open' ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setPending({ campaign: row, action: 'close' })}
                  >
                    {t('campaigns.close')}
                  </button>
                ) : null}
              </div>
            ),
          },
        ]}
      />
      <ConfirmDialog
        open={pending !== null}
        title={
          pending
            ? pending.action === 'publish'
              ? t('campaigns.publishTitle', { title: pending.campaign.title })
              : t('campaigns.closeTitle', { title: pending.campaign.title })
            : ''
        }
        confirmLabel={pending?.action === 'close' ? t('campaigns.close') : t('campaigns.publish')}
        cancelLabel={t('common.cancel')}
        confirmTone={pending?.action === 'close' ? 'danger' : 'primary'}
        busy={statusChange.isPending}
        onConfirm={() => {
          if (!pending) return;
          statusChange.mutate(
            { campaignId: pending.campaign.id, action: pending.action, revision: pending.campaign.revision },
            { onSettled: () => setPending(null) },
          );
        }}
        onCancel={() => setPending(null)}
      >
        <p>{pending?.action === 'close' ? t('campaigns.closeText') : t('campaigns.publishText')}</p>
      </ConfirmDialog>
    </div>
  );
}
