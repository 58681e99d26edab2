import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ApplicationDetailResponse, MembersPageResponse } from '@smartcity/contracts';
import type { ReviewStage } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { SelectField } from '../../../components/ui/select-field';
import { apiClient } from '../../../lib/api-client';
import { useT } from '../../../i18n/i18n-provider';
import { applicationKeys } from '../api/application-keys';
import { useAssignReviewers } from '../api/reviews';
import { ActionError } from './action-error';

export type ReassignReviewersProps = {
  organizationId: string;
  application: ApplicationDetailResponse;
  /** The ministry the programme coordinator works in: its reviewers are the candidates of the ministry stage. */
  ministryId: string;
};

/** Manual override of a stage's reviewers (programme coordinators). */
export function ReassignReviewers({ organizationId, application, ministryId }: ReassignReviewersProps) {
  const t = useT();
  const [stage, setStage] = useState<ReviewStage>(application.currentStage ?? 'ministry');
  const [selected, setSelected] = useState<string[]>([]);
  const members = useQuery({
    queryKey: [...applicationKeys.all, 'ministry-reviewers', ministryId],
    queryFn: ({ signal }) =>
      apiClient.get<MembersPageResponse>(`/organizations/${encodeURIComponent(ministryId)}/members`, signal),
  });
  const assign = useAssignReviewers(organizationId, application.id);
  const candidates = (members.data?.members ?? []).filter((m) => m.role === 'ministry_reviewer');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length === 0) return;
    assign.mutate({ stage, userIds: selected });
  };
  return (
    <section className="card stack" aria-labelledby="reassign-heading">
      <h2 id="reassign-heading">{t('application.reassignHeading')}</h2>
      <form className="stack" onSubmit={onSubmit}>
        <SelectField
          label={t('application.reassignStage')}
          value={stage}
          onChange={(e) => setStage(e.target.value as ReviewStage)}
          options={[
            { value: 'regional', label: t('applications.stage.regional') },
            { value: 'ministry', label: t('applications.stage.ministry') },
          ]}
        />
        {stage === 'regional' ? (
          <p className="muted">{t('application.reassignRegionalNote')}</p>
        ) : (
          <fieldset>
            <legend>{t('application.reassignPeople')}</legend>
            {candidates.map((member) => (
              <label key={member.userId} className="checkbox">
                <input
                  type="checkbox"
                  checked={selected.includes(member.userId)}
                  onChange={(e) =>
                    setSelected((current) =>
                      e.target.checked
                        ? [...current, member.userId]
                        : current.filter((id) => id !== member.userId),
                    )
                  }
                />{' '}
                {member.displayName}
              </label>
            ))}
          </fieldset>
        )}
        <ActionError error={assign.error ?? members.error} />
        {assign.isSuccess ? <Alert tone="success">{t('application.reassigned')}</Alert> : null}
        <div className="form__actions">
          <button
            type="submit"
            className="button button--secondary"
            disabled={assign.isPending || stage === 'regional' || selected.length === 0}
          >
            {t('application.reassign')}
          </button>
        </div>
      </form>
    </section>
  );
}
