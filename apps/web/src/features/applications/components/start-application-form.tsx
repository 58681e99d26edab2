import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';

import { FormActions } from '../../../components/ui/form-actions';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { useT } from '../../../i18n/i18n-provider';
import { useStartApplication } from '../api/applications';
import { useCampaigns } from '../api/campaigns';
import { ActionError } from './action-error';
import { applicationHref } from './application-links';

export type StartApplicationFormProps = {
  organizationId: string;
  /** The municipality's roadmaps (the route reads them from the roadmaps feature). */
  roadmaps: readonly { id: string; title: string }[];
};

/** Starts a draft application from one of the roadmaps to an open campaign, then opens it (with its pre-check). */
export function StartApplicationForm({ organizationId, roadmaps }: StartApplicationFormProps) {
  const t = useT();
  const navigate = useNavigate();
  const campaigns = useCampaigns();
  const start = useStartApplication(organizationId);
  const [campaignId, setCampaignId] = useState('');
  const [roadmapId, setRoadmapId] = useState('');
  const open = campaigns.data?.items.filter((c) => c.acceptingApplications) ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!campaignId || !roadmapId) return;
    start.mutate(
      { campaignId, roadmapId },
      { onSuccess: (application) => void navigate(applicationHref(organizationId, application.id)) },
    );
  };

  return (
    <section className="card stack" aria-labelledby="start-application-heading">
      <h2 id="start-application-heading">{t('applications.start.heading')}</h2>
      {campaigns.isPending ? (
        <Spinner label={t('common.loading')} />
      ) : open.length === 0 ? (
        <p>{t('applications.start.noCampaigns')}</p>
      ) : (
        <form className="stack" onSubmit={onSubmit} noValidate>
          <p className="muted">{t('applications.start.hint')}</p>
          <SelectField
            label={t('applications.start.campaign')}
            placeholder={t('applications.start.pick')}
            value={campaignId}
            required
            onChange={(e) => setCampaignId(e.target.value)}
            options={open.map((c) => ({ value: c.id, label: c.title }))}
          />
          <SelectField
            label={t('applications.start.roadmap')}
            placeholder={t('applications.start.pick')}
            value={roadmapId}
            required
            onChange={(e) => setRoadmapId(e.target.value)}
            options={roadmaps.map((r) => ({ value: r.id, label: r.title }))}
          />
          <ActionError error={start.error} />
          <FormActions
            submitLabel={t('applications.start.submit')}
            pendingLabel={t('applications.start.pending')}
            pending={start.isPending}
            disabled={!campaignId || !roadmapId}
          />
        </form>
      )}
    </section>
  );
}
