import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CampaignResponse } from '@smartcity/contracts';

import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { useCreateCampaign, useUpdateCampaign } from '../api/campaigns';
import type { CampaignFormErrors, CampaignFormState } from '../lib/campaign-form';
import { campaignDtoFrom, campaignFormFrom, emptyCampaignForm } from '../lib/campaign-form';
import { ActionError } from './action-error';

export type CampaignEditorProps = {
  /** Null: a new campaign. */
  campaign: CampaignResponse | null;
  today: string;
  onDone: (campaign: CampaignResponse) => void;
  onCancel: () => void;
};

/** Create or edit a draft campaign: window, eligibility rules, the criteria checklist with guidance, stage SLAs. */
export function CampaignEditor({ campaign, today, onDone, onCancel }: CampaignEditorProps) {
  const t = useT();
  const [form, setForm] = useState<CampaignFormState>(() =>
    campaign ? campaignFormFrom(campaign) : emptyCampaignForm(today),
  );
  const [errors, setErrors] = useState<CampaignFormErrors>({});
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const mutation = campaign ? update : create;
  const serverFields = fieldErrors(t, mutation.error);
  const message = (field: string) => {
    const key = errors[field];
    return key ? t(`campaigns.formError.${key}`) : serverFields[field];
  };
  const set = (patch: Partial<CampaignFormState>) => setForm((current) => ({ ...current, ...patch }));
  const setCriterion = (index: number, patch: Partial<CampaignFormState['criteria'][number]>) =>
    setForm((current) => ({
      ...current,
      criteria: current.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = campaignDtoFrom(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (campaign)
      update.mutate(
        { campaignId: campaign.id, body: { ...result.dto, revision: campaign.revision } },
        { onSuccess: onDone },
      );
    else create.mutate(result.dto, { onSuccess: onDone });
  };

  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="campaign-editor-heading">
      <h2 id="campaign-editor-heading">
        {campaign ? t('campaigns.editTitle', { title: campaign.title }) : t('campaigns.createTitle')}
      </h2>
      <TextField
        label={t('campaigns.field.title')}
        value={form.title}
        required
        error={message('title')}
        onChange={(e) => set({ title: e.target.value })}
      />
      <div className="field">
        <label className="field__label" htmlFor="campaign-description">
          {t('campaigns.field.description')}
        </label>
        <textarea
          id="campaign-description"
          className="field__input"
          rows={3}
          value={form.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </div>
      <div className="form__row">
        <TextField
          label={t('campaigns.field.opensOn')}
          type="date"
          value={form.opensOn}
          required
          error={message('opensOn')}
          onChange={(e) => set({ opensOn: e.target.value })}
        />
        <TextField
          label={t('campaigns.field.closesOn')}
          type="date"
          value={form.closesOn}
          required
          error={message('closesOn')}
          onChange={(e) => set({ closesOn: e.target.value })}
        />
      </div>
      <fieldset className="stack">
        <legend>{t('campaigns.eligibilityHeading')}</legend>
        <TextField
          label={t('campaigns.field.populationThreshold')}
          inputMode="numeric"
          value={form.populationThreshold}
          error={message('populationThreshold')}
          onChange={(e) => set({ populationThreshold: e.target.value })}
        />
        <CheckboxField
          label={t('campaigns.field.regionalCapitalEligible')}
          checked={form.regionalCapitalEligible}
          onChange={(e) => set({ regionalCapitalEligible: e.target.checked })}
        />
        <CheckboxField
          label={t('campaigns.field.requireNoComplianceErrors')}
          checked={form.requireNoComplianceErrors}
          onChange={(e) => set({ requireNoComplianceErrors: e.target.checked })}
        />
        <TextField
          label={t('campaigns.field.minCoveragePercent')}
          hint={t('campaigns.field.minCoverageHint')}
          inputMode="numeric"
          value={form.minCoveragePercent}
          error={message('minCoveragePercent')}
          onChange={(e) => set({ minCoveragePercent: e.target.value })}
        />
      </fieldset>
      <fieldset className="stack">
        <legend>{t('campaigns.criteriaHeading')}</legend>
        {message('criteria') ? <p className="field__error">{message('criteria')}</p> : null}
        {form.criteria.map((criterion, index) => (
          <fieldset key={index} className="app-criterion stack">
            <legend>{t('campaigns.criterionLegend', { number: index + 1 })}</legend>
            <TextField
              label={t('campaigns.field.criterionCode')}
              value={criterion.code}
              error={message(`criteria.${index}.code`)}
              onChange={(e) => setCriterion(index, { code: e.target.value })}
            />
            <TextField
              label={t('campaigns.field.criterionTitle')}
              value={criterion.title}
              error={message(`criteria.${index}.title`)}
              onChange={(e) => setCriterion(index, { title: e.target.value })}
            />
            <TextField
              label={t('campaigns.field.criterionGuidance')}
              value={criterion.guidance}
              onChange={(e) => setCriterion(index, { guidance: e.target.value })}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => set({ criteria: form.criteria.filter((_, i) => i !== index) })}
            >
              {t('campaigns.removeCriterion', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            set({
              criteria: [...form.criteria, { code: `C${form.criteria.length + 1}`, title: '', guidance: '' }],
            })
          }
        >
          {t('campaigns.addCriterion')}
        </button>
      </fieldset>
      <fieldset className="form__row">
        <legend>{t('campaigns.stagesHeading')}</legend>
        <TextField
          label={t('campaigns.field.regionalSlaDays')}
          inputMode="numeric"
          value={form.regionalSlaDays}
          error={message('regionalSlaDays')}
          onChange={(e) => set({ regionalSlaDays: e.target.value })}
        />
        <TextField
          label={t('campaigns.field.ministrySlaDays')}
          inputMode="numeric"
          value={form.ministrySlaDays}
          error={message('ministrySlaDays')}
          onChange={(e) => set({ ministrySlaDays: e.target.value })}
        />
      </fieldset>
      <ActionError error={Object.keys(serverFields).length > 0 ? null : mutation.error} />
      <FormActions
        submitLabel={t('campaigns.save')}
        pendingLabel={t('campaigns.saving')}
        pending={mutation.isPending}
      >
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </FormActions>
    </form>
  );
}
