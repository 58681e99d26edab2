import { useEffect, useRef, useState } from 'react';

import { Alert } from '../../../components/ui/alert';
import { FormError } from '../../../components/ui/form-error';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { errorMessage } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { isRunInProgress, useRecomputeRun, useRefreshAfterRun, useStartRecompute } from '../api/recompute';

/**
 * Bulk recompute for programme coordinators: starts a run in the worker and follows it with a progress bar
 * (polling the run), then refreshes the overview's scores.
 */
export function RecomputePanel() {
  const t = useT();
  const [runId, setRunId] = useState<string | null>(null);
  const start = useStartRecompute();
  const run = useRecomputeRun(runId);
  const refresh = useRefreshAfterRun();
  const status = run.data?.status;
  const inProgress = start.isPending || (status !== undefined && isRunInProgress(status));

  // Once per finished run, the overview's scores and the open reports are refetched.
  const refreshedRunId = useRef<string | null>(null);
  useEffect(() => {
    if (runId === null || refreshedRunId.current === runId) return;
    if (status === 'completed' || status === 'failed') {
      refreshedRunId.current = runId;
      void refresh();
    }
  }, [status, runId, refresh]);

  return (
    <section className="recompute-panel stack stack--tight" aria-labelledby="recompute-heading">
      <h2 id="recompute-heading">{t('compliance.recompute.heading')}</h2>
      <p className="muted">{t('compliance.recompute.intro')}</p>
      <div>
        <button
          type="button"
          className="button"
          disabled={inProgress}
          onClick={() => start.mutate({}, { onSuccess: (created) => setRunId(created.id) })}
        >
          {start.isPending ? t('compliance.recompute.starting') : t('compliance.recompute.start')}
        </button>
      </div>
      <FormError message={start.error ? errorMessage(t, start.error) : null} />
      {run.data ? (
        run.data.status === 'queued' ? (
          <ProgressBar
            percent={null}
            label={t('compliance.recompute.progressLabel')}
            valueText={t('compliance.recompute.queued')}
          />
        ) : run.data.status === 'running' ? (
          <ProgressBar
            percent={run.data.percent}
            label={t('compliance.recompute.progressLabel')}
            valueText={t('compliance.recompute.progressText', {
              processed: run.data.done + run.data.failed,
              total: run.data.total,
              percent: run.data.percent,
              failed: run.data.failed,
            })}
          />
        ) : run.data.status === 'completed' ? (
          <Alert tone="success">
            {t('compliance.recompute.completed', {
              done: run.data.done,
              total: run.data.total,
              failed: run.data.failed,
            })}
          </Alert>
        ) : (
          <Alert tone="error">
            {t('compliance.recompute.failed', { message: run.data.failureMessage ?? '' })}
          </Alert>
        )
      ) : null}
    </section>
  );
}
