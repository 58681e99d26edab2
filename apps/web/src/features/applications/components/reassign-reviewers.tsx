import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApplicationDetailResponse } from '@smartcity/contracts';
import { stagesOpenForReviewers, type ReviewStage } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ErrorState } from '../../../components/ui/error-state';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { useT } from '../../../i18n/i18n-provider';
import { useAssignReviewers, useReviewerCandidates } from '../api/reviews';
import {
  checkedReviewers,
  refusedReviewers,
  selectionChanged,
  toggleReviewer,
} from '../lib/reviewer-selection';
import { ActionError } from './action-error';

export type ReassignReviewersProps = {
  organizationId: string;
  application: ApplicationDetailResponse;
};

/**
 * Manual override of a stage's reviewers (programme coordinators): the stage's candidates from the API (the region's
 * active coordinators, or the ministry's active reviewers), the people assigned now checked. Only the stages whose
 * reviewers may still change are offered (`stagesOpenForReviewers`: the stage the application is at and a later one
 * not started yet); nothing is shown once none may.
 */
export function ReassignReviewers({ organizationId, application }: ReassignReviewersProps) {
  const stages = stagesOpenForReviewers(application.status, application.currentStage);
  if (stages.length === 0) return null;
  return <ReassignForm organizationId={organizationId} application={application} stages={stages} />;
}

function ReassignForm({
  organizationId,
  application,
  stages,
}: ReassignReviewersProps & { stages: readonly ReviewStage[] }) {
  const t = useT();
  const [picked, setPicked] = useState<ReviewStage | null>(null);
  // The stage chosen, while it stays open (the application may move on); else the current stage, else the first.
  const stage =
    picked !== null && stages.includes(picked)
      ? picked
      : application.currentStage !== null && stages.includes(application.currentStage)
        ? application.currentStage
        : stages[0];
  // The coordinator's choice per stage once they change it; until then the stage's current reviewers are checked.
  const [chosen, setChosen] = useState<Partial<Record<ReviewStage, string[]>>>({});
  const candidates = useReviewerCandidates(organizationId, application.id, stage);
  const assign = useAssignReviewers(organizationId, application.id);
  const list = candidates.data?.items ?? [];
  const selected = checkedReviewers(list, chosen[stage]);
  const refused = refusedReviewers(assign.error, assign.variables?.userIds, list);
  const canSave =
    candidates.isSuccess && !assign.isPending && selected.length > 0 && selectionChanged(list, selected);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!canSave) return;
    assign.mutate(
      { stage, userIds: selected },
      { onSuccess: () => setChosen((current) => ({ ...current, [stage]: undefined })) },
    );
  };
  const onToggle = (userId: string, checked: boolean) =>
    setChosen((current) => ({ ...current, [stage]: toggleReviewer(selected, userId, checked) }));

  return (
    <section className="card stack" aria-labelledby="reassign-heading">
      <h2 id="reassign-heading">{t('application.reassignHeading')}</h2>
      <form className="stack" onSubmit={onSubmit}>
        <SelectField
          label={t('application.reassignStage')}
          value={stage}
          onChange={(e) => {
            setPicked(e.target.value as ReviewStage);
            assign.reset();
          }}
          options={stages.map((value) => ({ value, label: t(`applications.stage.${value}`) }))}
        />
        {candidates.isPending ? (
          <Spinner label={t('application.reassignLoading')} />
        ) : candidates.isError ? (
          <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
        ) : list.length === 0 ? (
          <p className="muted">{t(`application.reassignEmpty.${stage}`)}</p>
        ) : (
          <fieldset>
            <legend>{t(`application.reassignPeople.${stage}`)}</legend>
            {list.map((candidate) => (
              <CheckboxField
                key={candidate.userId}
                label={candidate.displayName}
                hint={
                  candidate.assigned
                    ? t('application.reassignAssigned', { email: candidate.email })
                    : candidate.email
                }
                checked={selected.includes(candidate.userId)}
                onChange={(e) => onToggle(candidate.userId, e.target.checked)}
              />
            ))}
          </fieldset>
        )}
        {candidates.isSuccess && list.length > 0 && selected.length === 0 ? (
          <p className="muted">{t('application.reassignNoneSelected')}</p>
        ) : null}
        {refused.length > 0 ? (
          <Alert tone="error">{t('application.reassignRefused', { names: refused.join(', ') })}</Alert>
        ) : (
          <ActionError error={assign.error} />
        )}
        {assign.isSuccess ? <Alert tone="success">{t('application.reassigned')}</Alert> : null}
        <p className="muted">{t('application.reassignNotice')}</p>
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={!canSave}>
            {t('application.reassign')}
          </button>
        </div>
      </form>
    </section>
  );
}
