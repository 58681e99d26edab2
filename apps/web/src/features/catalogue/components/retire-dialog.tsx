import { useState } from 'react';
import type { FrameworkResponse } from '@smartcity/contracts';

import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Field } from '../../../components/ui/field';
import { useT } from '../../../i18n/i18n-provider';

export type RetireDialogProps = {
  open: boolean;
  framework: Pick<FrameworkResponse, 'code' | 'version'>;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
};

/** "Retire this version?" with an optional reason (kept in the audit trail); retiring cannot be undone. */
export function RetireDialog({ open, framework, busy, onConfirm, onCancel }: RetireDialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      open={open}
      title={t('frameworkPage.retireTitle')}
      confirmLabel={t('frameworkPage.retireConfirm')}
      cancelLabel={t('common.cancel')}
      busy={busy}
      onConfirm={() => onConfirm(reason.trim())}
      onCancel={onCancel}
    >
      <p>{t('frameworkPage.retireText', { version: framework.version, code: framework.code })}</p>
      <Field label={t('frameworkPage.retireReason')}>
        {(control) => (
          <textarea
            className="field__input catalogue-textarea"
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            {...control}
          />
        )}
      </Field>
    </ConfirmDialog>
  );
}
