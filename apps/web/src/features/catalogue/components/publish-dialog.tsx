import '../catalogue.css';

import type { FrameworkResponse } from '@smartcity/contracts';

import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useFrameworkDiff } from '../api/get-framework-diff';
import { useFrameworks } from '../api/get-frameworks';
import { CatalogueDiffView } from './catalogue-diff-view';

export type PublishDialogProps = {
  open: boolean;
  framework: Pick<FrameworkResponse, 'id' | 'code' | 'version'>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * "Publish this version?" with what publishing changes: the diff of the draft against the framework's current
 * published version (the compare view). Publishing is irreversible, so it is always confirmed.
 */
export function PublishDialog({ open, framework, busy, onConfirm, onCancel }: PublishDialogProps) {
  const t = useT();
  const [locale] = useLocale();
  const versions = useFrameworks({ code: framework.code }, { enabled: open });
  const current =
    (versions.data?.items ?? [])
      .filter((v) => v.status === 'published' && v.id !== framework.id)
      .sort((a, b) => b.version - a.version)[0] ?? null;
  const diff = useFrameworkDiff(open && current ? current.id : null, open ? framework.id : null);
  return (
    <ConfirmDialog
      open={open}
      title={t('frameworkPage.publishConfirmTitle')}
      confirmLabel={t('frameworkPage.publishConfirm')}
      cancelLabel={t('common.cancel')}
      confirmTone="primary"
      busy={busy}
      wide
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('frameworkPage.publishConfirmText', { version: framework.version, code: framework.code })}</p>
      <p>{t('catalogueDraft.publishKeepsOlder')}</p>
      {!open ? null : versions.isPending ? (
        <Spinner block />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : current === null ? (
        <p>{t('catalogueDraft.publishNoBase')}</p>
      ) : (
        <section
          className="stack"
          aria-label={t('catalogueDraft.publishDiffLabel', { version: current.version })}
        >
          <p>
            <strong>{t('catalogueDraft.publishDiffHeading', { version: current.version })}</strong>
          </p>
          {diff.isPending ? (
            <Spinner block />
          ) : diff.isError ? (
            <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />
          ) : (
            <CatalogueDiffView diff={diff.data} contentLocale={locale} headingLevel={3} />
          )}
        </section>
      )}
    </ConfirmDialog>
  );
}
