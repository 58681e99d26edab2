import { useState } from 'react';
import type {
  ApplicationDetailResponse,
  ApplicationPrecheckResponse,
  EligibilityCheckResponse,
} from '@smartcity/contracts';
import { formatFinding } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import type { Translate } from '../../../i18n/i18n';
import { formatNumber } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useApplicationMove, usePrecheck } from '../api/applications';
import { canMove } from '../lib/application-view';
import { ActionError } from './action-error';

export type LeadActionsProps = { organizationId: string; application: ApplicationDetailResponse };

function ruleDetail(t: Translate, locale: 'ru' | 'en', check: EligibilityCheckResponse): string {
  const p = check.params;
  switch (check.rule) {
    case 'population_or_capital':
      if (p.isRegionalCapital === true) return t('application.ruleDetail.capital');
      return typeof p.population === 'number'
        ? t('application.ruleDetail.population', { population: formatNumber(locale, p.population) })
        : t('application.ruleDetail.populationUnknown');
    case 'no_compliance_errors':
      return p.required === false
        ? t('application.ruleDetail.notRequired')
        : t('application.ruleDetail.errors', { count: Number(p.errors ?? 0) });
    case 'min_coverage':
      if (p.minPercent === null || p.minPercent === 0) return t('application.ruleDetail.noMinimum');
      if (p.percent === null) return t('application.ruleDetail.noBasic');
      return t('application.ruleDetail.coverage', { percent: Number(p.percent), min: Number(p.minPercent) });
  }
}

function ruleTitle(t: Translate, locale: 'ru' | 'en', check: EligibilityCheckResponse): string {
  if (check.rule === 'population_or_capital')
    return t('application.rule.population_or_capital', {
      threshold: formatNumber(locale, Number(check.params.threshold ?? 0)),
    });
  return t(`application.rule.${check.rule}`);
}

function PrecheckView({ precheck }: { precheck: ApplicationPrecheckResponse }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <div className="stack">
      <p>{t('application.precheckIntro', { revision: precheck.roadmapRevision })}</p>
      {!precheck.campaignAccepting ? (
        <Alert tone="error">{t('application.precheckNotAccepting')}</Alert>
      ) : null}
      <Alert tone={precheck.eligible ? 'success' : 'error'}>
        {precheck.eligible ? t('application.precheckEligible') : t('application.precheckNotEligible')}
      </Alert>
      <ul className="app-checks">
        {precheck.checks.map((check) => (
          <li
            key={check.rule}
            className={check.passed ? 'app-check app-check--passed' : 'app-check app-check--failed'}
          >
            <strong>{ruleTitle(t, locale, check)}</strong>{' '}
            <span>— {check.passed ? t('application.check.passed') : t('application.check.failed')}.</span>{' '}
            <span>{ruleDetail(t, locale, check)}</span>
          </li>
        ))}
      </ul>
      {precheck.errors.length > 0 ? (
        <>
          <h3>{t('application.precheckErrors')}</h3>
          <ul>
            {precheck.errors.map((finding, index) => (
              <li key={`${finding.rule}-${index}`}>{formatFinding(finding, locale)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The municipal lead's moves: the eligibility pre-check with reasons, submit / resubmit, withdraw. */
export function LeadActions({ organizationId, application }: LeadActionsProps) {
  const t = useT();
  const mayResubmit = canMove(application, 'resubmit');
  const maySubmit = canMove(application, 'submit') || mayResubmit;
  const mayWithdraw = canMove(application, 'withdraw');
  const precheck = usePrecheck(organizationId, application.id, maySubmit);
  const move = useApplicationMove(organizationId, application.id);
  const [confirming, setConfirming] = useState<'submit' | 'withdraw' | null>(null);
  const [reason, setReason] = useState('');
  const [submittedHash, setSubmittedHash] = useState<string | null>(null);

  if (!maySubmit && !mayWithdraw && !submittedHash) return null;

  const run = (kind: 'submit' | 'withdraw') => {
    const moveName = kind === 'withdraw' ? 'withdraw' : mayResubmit ? 'resubmit' : 'submit';
    move.mutate(
      { move: moveName, revision: application.revision, reason },
      {
        onSuccess: (updated) => {
          setConfirming(null);
          if (kind === 'submit') setSubmittedHash(updated.snapshotHash);
        },
        onError: () => setConfirming(null),
      },
    );
  };

  return (
    <section className="card stack" aria-labelledby="lead-actions-heading">
      <h2 id="lead-actions-heading">{t('application.precheckHeading')}</h2>
      {submittedHash ? (
        <Alert tone="success">
          <span className="app-hash">{t('application.submitted', { hash: submittedHash })}</span>
        </Alert>
      ) : null}
      {maySubmit ? (
        precheck.isPending ? (
          <Spinner label={t('common.loading')} />
        ) : precheck.isError ? (
          <ErrorState error={precheck.error} onRetry={() => void precheck.refetch()} />
        ) : (
          <PrecheckView precheck={precheck.data} />
        )
      ) : null}
      <ActionError error={move.error} />
      <div className="toolbar">
        {maySubmit ? (
          <button
            type="button"
            className="button button--primary"
            disabled={move.isPending || precheck.data?.canSubmit === false}
            onClick={() => setConfirming('submit')}
          >
            {mayResubmit ? t('application.resubmit') : t('application.submit')}
          </button>
        ) : null}
        {mayWithdraw ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={move.isPending}
            onClick={() => setConfirming('withdraw')}
          >
            {t('application.withdraw')}
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming === 'submit'}
        title={t('application.submitTitle')}
        confirmLabel={mayResubmit ? t('application.resubmit') : t('application.submit')}
        cancelLabel={t('common.cancel')}
        confirmTone="primary"
        busy={move.isPending}
        onConfirm={() => run('submit')}
        onCancel={() => setConfirming(null)}
      >
        <p>{t('application.submitText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'withdraw'}
        title={t('application.withdrawTitle')}
        confirmLabel={t('application.withdraw')}
        cancelLabel={t('common.cancel')}
        busy={move.isPending}
        onConfirm={() => run('withdraw')}
        onCancel={() => setConfirming(null)}
      >
        <p>{t('application.withdrawText')}</p>
        <TextField
          label={t('application.withdrawReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </ConfirmDialog>
    </section>
  );
}
