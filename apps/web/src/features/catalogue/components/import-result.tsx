import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';

import { Alert } from '../../../components/ui/alert';
import { ErrorState } from '../../../components/ui/error-state';
import { FormError } from '../../../components/ui/form-error';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { useFramework } from '../api/get-framework';
import { usePublishFramework } from '../api/publish-framework';
import { PublishDialog } from './publish-dialog';

export type ImportResultProps = {
  /** The draft version the import was written to. */
  draftId: string;
};

/** Step 4: the draft the import created, and publishing it after a confirmation. */
export function ImportResult({ draftId }: ImportResultProps) {
  const t = useT();
  const draft = useFramework(draftId);
  const publish = usePublishFramework();
  const [confirming, setConfirming] = useState(false);
  const publishedRef = useRef<HTMLDivElement>(null);
  const isPublished = draft.data?.framework.status === 'published';

  useEffect(() => {
    if (isPublished) publishedRef.current?.focus();
  }, [isPublished]);

  if (draft.isPending) return <Spinner block />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  const { framework } = draft.data;

  if (framework.status !== 'draft') {
    return (
      <div ref={publishedRef} tabIndex={-1} className="stack focus-target">
        <Alert tone="success">
          {t('catalogueImport.publishedText', { version: framework.version, code: framework.code })}
        </Alert>
        <p>
          <Link className="button button--secondary" to={`/catalogue/frameworks/${framework.id}`}>
            {t('catalogueImport.openVersion')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="stack">
      <Alert tone="success">{t('catalogueImport.draftText')}</Alert>
      <p>{t('catalogueImport.draftVersion', { version: framework.version, code: framework.code })}</p>
      <FormError message={publish.error ? errorMessage(t, publish.error) : null} />
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
          {t('catalogueImport.publish')}
        </button>
        <Link className="button button--secondary" to={`/catalogue/frameworks/${framework.id}`}>
          {t('catalogueImport.openDraft')}
        </Link>
      </div>
      <PublishDialog
        open={confirming}
        framework={framework}
        busy={publish.isPending}
        onConfirm={() =>
          publish.mutate(
            { frameworkId: framework.id, expectedRevision: framework.revision },
            { onSettled: () => setConfirming(false) },
          )
        }
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
