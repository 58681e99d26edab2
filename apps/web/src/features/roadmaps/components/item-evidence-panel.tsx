import '../item-details.css';

import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { EvidenceLimitsResponse, EvidenceResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrors } from '../../../i18n/error-messages';
import type { Translate } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../lib/api-client';
import { useAddEvidenceLink, useUploadEvidenceFile } from '../api/add-item-evidence';
import { useDeleteEvidence } from '../api/delete-evidence';
import { evidenceFileUrl, useItemEvidence } from '../api/get-item-evidence';
import type { UploadProblem } from '../lib/evidence-upload';
import { acceptAttribute, byteSize, isHttpUrl, uploadProblem } from '../lib/evidence-upload';
import type { RoadmapView } from './roadmap-context';

export type ItemEvidencePanelProps = { view: RoadmapView; itemId: string };

const numberLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'ru-RU');

function sizeText(t: Translate, bytes: number, locale: string): string {
  const size = byteSize(bytes, numberLocale(locale));
  return t(`roadmaps.evidence.size.${size.unit}`, { value: size.value });
}

function typesText(limits: EvidenceLimitsResponse): string {
  return limits.fileTypes.map((type) => type.toUpperCase()).join(', ');
}

/**
 * The evidence of one item: links and files, each downloadable and deletable by editors. The API's limits (size,
 * types) are shown before choosing a file and checked before sending; the API re-checks type, content and size.
 */
export function ItemEvidencePanel({ view, itemId }: ItemEvidencePanelProps) {
  const t = useT();
  const [locale] = useLocale();
  const evidence = useItemEvidence(view.organizationId, view.roadmapId, itemId);
  const remove = useDeleteEvidence(view.organizationId, view.roadmapId, itemId);
  const [toDelete, setToDelete] = useState<EvidenceResponse | null>(null);
  const [notice, setNotice] = useState<'added' | 'deleted' | null>(null);

  return (
    <section className="panel stack item-evidence" aria-labelledby="item-evidence-heading">
      <h2 id="item-evidence-heading" className="section-title">
        {t('roadmaps.evidence.heading')}
      </h2>
      <p className="muted">{t('roadmaps.evidence.intro')}</p>
      <div aria-live="polite">
        {notice ? <Alert tone="success">{t(`roadmaps.evidence.${notice}`)}</Alert> : null}
      </div>
      {evidence.isPending ? <Spinner /> : null}
      {evidence.isError ? (
        <ErrorState
          title={t('roadmaps.evidence.loadFailed')}
          error={evidence.error}
          onRetry={() => void evidence.refetch()}
        />
      ) : null}
      {evidence.data ? (
        evidence.data.items.length === 0 ? (
          <p className="muted">{t('roadmaps.evidence.empty')}</p>
        ) : (
          <ul className="evidence-list" aria-label={t('roadmaps.evidence.list')}>
            {evidence.data.items.map((entry) => (
              <li key={entry.id} className="evidence-list__entry">
                <span className="evidence-list__kind">{t(`roadmaps.evidence.kind.${entry.kind}`)}</span>
                {entry.kind === 'link' && entry.url ? (
                  <a
                    href={entry.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="evidence-list__title"
                  >
                    {entry.title}
                  </a>
                ) : (
                  <span className="evidence-list__title">{entry.title}</span>
                )}
                {entry.kind === 'file' && entry.fileType && entry.sizeBytes !== null ? (
                  <span className="muted">
                    {t('roadmaps.evidence.fileMeta', {
                      type: entry.fileType.toUpperCase(),
                      size: sizeText(t, entry.sizeBytes, locale),
                    })}
                  </span>
                ) : null}
                {entry.kind === 'file' ? (
                  <a
                    className="button button--link button--small"
                    href={evidenceFileUrl(view.organizationId, view.roadmapId, entry.id)}
                    download={entry.fileName ?? undefined}
                    aria-label={t('roadmaps.evidence.downloadOf', { name: entry.fileName ?? entry.title })}
                  >
                    {t('roadmaps.evidence.download')}
                  </a>
                ) : null}
                {view.canEdit ? (
                  <button
                    type="button"
                    className="button button--link button--small"
                    aria-label={t('roadmaps.evidence.deleteOf', { title: entry.title })}
                    onClick={() => setToDelete(entry)}
                  >
                    {t('roadmaps.evidence.delete')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
      {remove.error ? <FormError message={errorMessage(t, remove.error)} /> : null}
      {view.canEdit && evidence.data ? (
        <div className="split">
          <LinkForm view={view} itemId={itemId} onAdded={() => setNotice('added')} />
          <FileForm
            view={view}
            itemId={itemId}
            limits={evidence.data.limits}
            onAdded={() => setNotice('added')}
          />
        </div>
      ) : null}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('roadmaps.evidence.deleteTitle')}
        confirmLabel={t('roadmaps.evidence.delete')}
        cancelLabel={t('roadmaps.evidence.cancel')}
        busy={remove.isPending}
        onConfirm={() => {
          if (!toDelete) return;
          remove.mutate(toDelete.id, {
            onSuccess: () => {
              setToDelete(null);
              setNotice('deleted');
            },
            onError: () => setToDelete(null),
          });
        }}
        onCancel={() => setToDelete(null)}
      >
        <p>{t('roadmaps.evidence.deleteText', { title: toDelete?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

type FormProps = { view: RoadmapView; itemId: string; onAdded: () => void };

function LinkForm({ view, itemId, onAdded }: FormProps) {
  const t = useT();
  const add = useAddEvidenceLink(view.organizationId, view.roadmapId, itemId);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const server = fieldErrors(t, add.error);
  const formError = add.error && Object.keys(server).length === 0 ? errorMessage(t, add.error) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (url.trim() === '') return setUrlError(t('roadmaps.evidence.rule.urlRequired'));
    if (!isHttpUrl(url)) return setUrlError(t('roadmaps.evidence.rule.url'));
    setUrlError(null);
    add.mutate(
      { url: url.trim(), ...(title.trim() ? { title: title.trim() } : {}) },
      {
        onSuccess: () => {
          setUrl('');
          setTitle('');
          onAdded();
        },
      },
    );
  };

  return (
    <form
      className="form evidence-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="evidence-link-heading"
    >
      <h3 id="evidence-link-heading" className="evidence-form__heading">
        {t('roadmaps.evidence.linkHeading')}
      </h3>
      <FormError message={formError} />
      <TextField
        label={t('roadmaps.evidence.url')}
        hint={t('roadmaps.evidence.urlHint')}
        type="url"
        inputMode="url"
        maxLength={2000}
        value={url}
        onChange={(event) => {
          setUrl(event.target.value);
          setUrlError(null);
        }}
        error={urlError ?? (server.url ? t('roadmaps.evidence.rule.url') : undefined)}
      />
      <TextField
        label={t('roadmaps.evidence.linkTitle')}
        hint={t('roadmaps.evidence.optionalHint')}
        maxLength={300}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={server.title}
      />
      <FormActions
        submitLabel={t('roadmaps.evidence.addLink')}
        pendingLabel={t('roadmaps.evidence.adding')}
        pending={add.isPending}
      />
    </form>
  );
}

function FileForm({ view, itemId, limits, onAdded }: FormProps & { limits: EvidenceLimitsResponse }) {
  const t = useT();
  const [locale] = useLocale();
  const upload = useUploadEvidenceFile(view.organizationId, view.roadmapId, itemId);
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const types = typesText(limits);

  const explain = (name: string, found: UploadProblem): string => {
    switch (found.kind) {
      case 'empty':
        return t('roadmaps.evidence.rule.emptyFile', { name });
      case 'type':
        return t('roadmaps.evidence.rule.type', { name, types });
      case 'too-large':
        return t('roadmaps.evidence.rule.tooLarge', {
          name,
          size: sizeText(t, found.sizeBytes, locale),
          max: sizeText(t, found.maxBytes, locale),
        });
    }
  };

  /** The API's refusals in the same words as the checks before sending. */
  const serverProblem = (error: unknown): string | null => {
    if (!isApiError(error) || !file) return error ? errorMessage(t, error) : null;
    if (error.code === 'common.payload-too-large') {
      return explain(file.name, { kind: 'too-large', sizeBytes: file.size, maxBytes: limits.maxBytes });
    }
    if (error.code === 'roadmaps.unsupported-file') return t('roadmaps.evidence.rule.content', { types });
    return errorMessage(t, error);
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    upload.reset();
    const found = chosen ? uploadProblem(chosen, limits) : null;
    setProblem(chosen && found ? explain(chosen.name, found) : null);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setProblem(t('roadmaps.evidence.rule.chooseFile'));
    const found = uploadProblem(file, limits);
    if (found) return setProblem(explain(file.name, found));
    upload.mutate(
      { file, title },
      {
        onSuccess: () => {
          setFile(null);
          setTitle('');
          if (inputRef.current) inputRef.current.value = '';
          onAdded();
        },
      },
    );
  };

  return (
    <form
      className="form evidence-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="evidence-file-heading"
    >
      <h3 id="evidence-file-heading" className="evidence-form__heading">
        {t('roadmaps.evidence.fileHeading')}
      </h3>
      <TextField
        ref={inputRef}
        label={t('roadmaps.evidence.file')}
        hint={t('roadmaps.evidence.fileLimits', { types, size: sizeText(t, limits.maxBytes, locale) })}
        type="file"
        accept={acceptAttribute(limits.extensions)}
        onChange={(event) => choose(event.target.files?.[0] ?? null)}
        error={problem ?? serverProblem(upload.error) ?? undefined}
      />
      <TextField
        label={t('roadmaps.evidence.fileTitle')}
        hint={t('roadmaps.evidence.optionalHint')}
        maxLength={300}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <FormActions
        submitLabel={t('roadmaps.evidence.upload')}
        pendingLabel={t('roadmaps.evidence.uploading')}
        pending={upload.isPending}
        disabled={problem !== null}
      />
    </form>
  );
}
