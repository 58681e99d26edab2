import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApplicationDetailResponse, CampaignCriterionResponse } from '@smartcity/contracts';
import type { ChecklistVerdict, ReviewDecision } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useT } from '../../../i18n/i18n-provider';
import { useDecide, useSetChecklist } from '../api/reviews';
import type { ChecklistDraft } from '../lib/application-view';
import {
  canMove,
  checklistAnswers,
  checklistDraft,
  currentReview,
  reasonsFromText,
} from '../lib/application-view';
import { ActionError } from './action-error';

export type ReviewPanelProps = {
  organizationId: string;
  application: ApplicationDetailResponse;
  criteria: readonly CampaignCriterionResponse[];
};

const VERDICTS: readonly ChecklistVerdict[] = ['met', 'not_met', 'comment'];

function Checklist({ organizationId, application, criteria }: ReviewPanelProps) {
  const t = useT();
  const review = currentReview(application);
  const [draft, setDraft] = useState<ChecklistDraft>(() => checklistDraft(criteria, review));
  const save = useSetChecklist(organizationId, application.id);
  const answers = checklistAnswers(draft);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (answers.length === 0) return;
    save.mutate({ answers });
  };
  const set = (code: string, patch: Partial<ChecklistDraft[string]>) =>
    setDraft((current) => ({ ...current, [code]: { ...current[code], ...patch } }));
  return (
    <form className="stack" onSubmit={onSubmit} aria-labelledby="checklist-heading">
      <h3 id="checklist-heading">{t('application.checklistHeading')}</h3>
      {criteria.map((criterion) => (
        <fieldset key={criterion.code} className="app-criterion">
          <legend>
            <strong>{criterion.code}</strong> {criterion.title}
          </legend>
          {criterion.guidance ? <p className="muted">{criterion.guidance}</p> : null}
          <div
            className="app-criterion__verdicts"
            role="radiogroup"
            aria-label={t('application.checklistVerdict', { code: criterion.code })}
          >
            {VERDICTS.map((verdict) => (
              <label key={verdict} className="radio">
                <input
                  type="radio"
                  name={`verdict-${criterion.code}`}
                  value={verdict}
                  checked={draft[criterion.code]?.verdict === verdict}
                  onChange={() => set(criterion.code, { verdict })}
                />{' '}
                {t(`application.verdict.${verdict}`)}
              </label>
            ))}
          </div>
          <label className="field__label" htmlFor={`comment-${criterion.code}`}>
            {t('application.checklistComment', { code: criterion.code })}
          </label>
          <textarea
            id={`comment-${criterion.code}`}
            className="field__input"
            rows={2}
            value={draft[criterion.code]?.comment ?? ''}
            onChange={(e) => set(criterion.code, { comment: e.target.value })}
          />
        </fieldset>
      ))}
      <p>{t('application.checklistProgress', { answered: answers.length, total: criteria.length })}</p>
      <ActionError error={save.error} />
      {save.isSuccess ? <Alert tone="success">{t('application.checklistSaved')}</Alert> : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--secondary"
          disabled={save.isPending || answers.length === 0}
        >
          {save.isPending ? t('application.checklistSaving') : t('application.checklistSave')}
        </button>
      </div>
    </form>
  );
}

function Decision({ organizationId, application }: Omit<ReviewPanelProps, 'criteria'>) {
  const t = useT();
  const isMinistry = application.currentStage === 'ministry';
  const options: { value: ReviewDecision; label: string }[] = [
    ...(canMove(application, 'pass_regional_review') || canMove(application, 'approve')
      ? [
          {
            value: 'pass' as const,
            label: isMinistry ? t('application.decision.approve') : t('application.decision.pass'),
          },
        ]
      : []),
    ...(canMove(application, 'request_changes')
      ? [{ value: 'request_changes' as const, label: t('application.decision.request_changes') }]
      : []),
    ...(canMove(application, 'reject')
      ? [{ value: 'reject' as const, label: t('application.decision.reject') }]
      : []),
  ];
  const [decision, setDecision] = useState<ReviewDecision | ''>('');
  const [reasonsText, setReasonsText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const decide = useDecide(organizationId, application.id);
  const reasons = reasonsFromText(reasonsText);
  const needsReasons = decision === 'request_changes' || decision === 'reject';
  const label = options.find((o) => o.value === decision)?.label ?? '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (decision === '' || (needsReasons && reasons.length === 0)) return;
    setConfirming(true);
  };
  const confirm = () => {
    if (decision === '') return;
    decide.mutate(
      { revision: application.revision, decision, ...(reasons.length > 0 ? { reasons } : {}) },
      { onSettled: () => setConfirming(false) },
    );
  };

  return (
    <form className="stack" onSubmit={onSubmit} aria-labelledby="decision-heading">
      <h3 id="decision-heading">{t('application.decisionHeading')}</h3>
      <fieldset className="app-decision">
        <legend>{t('application.decision')}</legend>
        {options.map((option) => (
          <label key={option.value} className="radio">
            <input
              type="radio"
              name="decision"
              value={option.value}
              checked={decision === option.value}
              onChange={() => setDecision(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <label className="field__label" htmlFor="decision-reasons">
        {t('application.reasons')}
      </label>
      <p className="muted" id="decision-reasons-hint">
        {t('application.reasonsHint')}
      </p>
      <textarea
        id="decision-reasons"
        aria-describedby="decision-reasons-hint"
        className="field__input"
        rows={3}
        value={reasonsText}
        onChange={(e) => setReasonsText(e.target.value)}
      />
      <ActionError error={decide.error} />
      {decide.isSuccess ? <Alert tone="success">{t('application.decided')}</Alert> : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={decide.isPending || decision === '' || (needsReasons && reasons.length === 0)}
        >
          {decide.isPending ? t('application.deciding') : t('application.decide')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('application.decideTitle', { decision: label })}
        confirmLabel={label || t('application.decide')}
        cancelLabel={t('common.cancel')}
        confirmTone={decision === 'pass' ? 'primary' : 'danger'}
        busy={decide.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('application.decideText')}</p>
        {reasons.length > 0 ? (
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </ConfirmDialog>
    </form>
  );
}

/** The assigned reviewer's panel for the current stage: checklist answers, then the decision with confirmation. */
export function ReviewPanel(props: ReviewPanelProps) {
  const t = useT();
  const review = currentReview(props.application);
  const stage = props.application.currentStage;
  return (
    <section className="card stack" aria-labelledby="review-heading">
      <h2 id="review-heading">
        {t('application.reviewHeading', { stage: stage ? t(`applications.stage.${stage}`) : '' })}
      </h2>
      <p>
        {review && review.reviewers.length > 0
          ? t('application.reviewers', { names: review.reviewers.map((r) => r.displayName).join(', ') })
          : t('application.reviewersNone')}
      </p>
      <Checklist {...props} />
      <Decision organizationId={props.organizationId} application={props.application} />
    </section>
  );
}
