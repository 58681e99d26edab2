import type { FrameworkResponse } from '@smartcity/contracts';

import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useT } from '../../../i18n/i18n-provider';

export type PublishDialogProps = {
  open: boolean;
  framework: Pick<FrameworkResponse, 'code' | 'version'>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** "Publish this version?": publishing is irreversible, so it is always confirmed. */
export function PublishDialog({ open, framework, busy, onConfirm, onCancel }: PublishDialogProps) {
  const t = useT();
  return (
    <ConfirmDialog
      open={open}
      title={t('frameworkPage.publishConfirmTitle')}
      confirmLabel={t('frameworkPage.publishConfirm')}
      cancelLabel={t('common.cancel')}
      confirmTone="primary"
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('frameworkPage.publishConfirmText', { version: framework.version, code: framework.code })}</p>
    </ConfirmDialog>
  );
}
