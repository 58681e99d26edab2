import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { CatalogueImportResponse, FrameworkResponse } from '@smartcity/contracts';
import { FRAMEWORK_KINDS } from '@smartcity/domain';
import type { FrameworkKind } from '@smartcity/domain';

import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { submissionErrors } from '../../../i18n/error-messages';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { IMPORT_MAX_BYTES, useCreateImport } from '../api/create-import';
import { titleText } from './catalogue-text';
import { NEW_FRAMEWORK } from './import-target';
import type { ImportTarget } from './import-target';

const ACCEPTED_EXTENSIONS = ['.json', '.csv', '.xlsx'];
const ACCEPT = [
  ...ACCEPTED_EXTENSIONS,
  'application/json',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');
const MAX_MB = IMPORT_MAX_BYTES / (1024 * 1024);

type FieldName = 'target' | 'kind' | 'file';

export type ImportFileFormProps = {
  /** Every visible version (for the list of frameworks a file may update). */
  frameworks: readonly FrameworkResponse[];
  onUploaded: (job: CatalogueImportResponse, target: ImportTarget) => void;
};

/** Step 1: which catalogue the file is for, and the file itself (checked for type and size before upload). */
export function ImportFileForm({ frameworks, onUploaded }: ImportFileFormProps) {
  const t = useT();
  const [locale] = useLocale();
  const upload = useCreateImport();
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<FrameworkKind>('measures');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const targetRef = useRef<HTMLSelectElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // One option per framework code, titled after its newest version.
  const latestByCode = new Map<string, FrameworkResponse>();
  for (const framework of frameworks) {
    const seen = latestByCode.get(framework.code);
    if (!seen || seen.version < framework.version) latestByCode.set(framework.code, framework);
  }
  const existing = [...latestByCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  const chosen = latestByCode.get(target) ?? null;

  const server = submissionErrors(t, upload.error, {
    'catalogue.unsupported-file': 'file',
    'common.payload-too-large': 'file',
  });
  const errorFor = (field: FieldName) => errors[field] ?? server.fields[field];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    if (!target) found.target = t('validation.oneOf');
    if (!file) found.file = t('catalogueImport.fileRequired');
    else if (!ACCEPTED_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext)))
      found.file = t('catalogueImport.fileWrongType');
    else if (file.size > IMPORT_MAX_BYTES) found.file = t('catalogueImport.fileTooLarge', { size: MAX_MB });
    setErrors(found);
    if (found.target) return targetRef.current?.focus();
    if (found.file || !file) return fileRef.current?.focus();
    const importTarget: ImportTarget = chosen
      ? { code: chosen.code, kind: chosen.kind }
      : { code: null, kind };
    upload.mutate({ file }, { onSuccess: (job) => onUploaded(job, importTarget) });
  };

  return (
    <form
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-describedby={server.form ? 'import-upload-error' : undefined}
    >
      <FormError id="import-upload-error" message={server.form} />
      <SelectField
        ref={targetRef}
        label={t('catalogueImport.target')}
        hint={t('catalogueImport.targetHint')}
        name="target"
        required
        value={target}
        placeholder={t('catalogueImport.targetPlaceholder')}
        options={[
          ...existing.map((framework) => ({
            value: framework.code,
            label: `${framework.code} — ${titleText(t, locale, framework)}`,
          })),
          { value: NEW_FRAMEWORK, label: t('catalogueImport.targetNew') },
        ]}
        onChange={(event) => {
          setTarget(event.target.value);
          setErrors((current) => ({ ...current, target: undefined }));
        }}
        error={errorFor('target')}
      />
      <SelectField
        label={t('catalogueImport.kind')}
        name="kind"
        value={chosen ? chosen.kind : kind}
        disabled={chosen !== null}
        options={FRAMEWORK_KINDS.map((value) => ({ value, label: t(`frameworkKind.${value}`) }))}
        onChange={(event) => setKind(event.target.value === 'kpis' ? 'kpis' : 'measures')}
      />
      <TextField
        ref={fileRef}
        label={t('catalogueImport.file')}
        hint={t('catalogueImport.fileHint', { size: MAX_MB })}
        type="file"
        name="file"
        accept={ACCEPT}
        required
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setErrors((current) => ({ ...current, file: undefined }));
          upload.reset();
        }}
        error={errorFor('file')}
      />
      <FormActions
        pending={upload.isPending}
        submitLabel={t('catalogueImport.upload')}
        pendingLabel={t('catalogueImport.uploading')}
      />
    </form>
  );
}
