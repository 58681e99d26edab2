import { useRef, useState } from 'react';
import type { FormEvent } from 'react';

import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { useT } from '../../../i18n/i18n-provider';
import { SHEET_MAX_BYTES } from '../api/roadmap-sheet';
import { checkSheetFile } from '../lib/sheet-preview';

const MAX_MB = SHEET_MAX_BYTES / (1024 * 1024);
const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SheetUploadFormProps = {
  pending: boolean;
  /** A refusal of the file by the API, shown at the field. */
  serverError: string | null;
  onUpload: (file: File) => void;
};

/** Picks the edited workbook, checks its type and size, and uploads it for a preview. */
export function SheetUploadForm({ pending, serverError, onUpload }: SheetUploadFormProps) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = checkSheetFile(file, SHEET_MAX_BYTES);
    const message =
      problem === 'required'
        ? t('roadmaps.sheet.fileRequired')
        : problem === 'wrong-type'
          ? t('roadmaps.sheet.fileWrongType')
          : problem === 'too-large'
            ? t('roadmaps.sheet.fileTooLarge', { size: MAX_MB })
            : null;
    setError(message);
    if (message || !file) {
      fileRef.current?.focus();
      return;
    }
    onUpload(file);
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="sheet-upload-heading">
      <h3 id="sheet-upload-heading" className="section-title">
        {t('roadmaps.sheet.uploadHeading')}
      </h3>
      <TextField
        ref={fileRef}
        label={t('roadmaps.sheet.file')}
        hint={t('roadmaps.sheet.fileHint', { size: MAX_MB })}
        type="file"
        name="file"
        accept={ACCEPT}
        required
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setError(null);
        }}
        error={error ?? serverError ?? undefined}
      />
      <FormActions
        pending={pending}
        submitLabel={t('roadmaps.sheet.upload')}
        pendingLabel={t('roadmaps.sheet.uploading')}
      />
    </form>
  );
}
