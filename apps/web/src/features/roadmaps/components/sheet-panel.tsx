import '../document-tools.css';

import { useState } from 'react';

import { Alert } from '../../../components/ui/alert';
import { FormError } from '../../../components/ui/form-error';
import { errorMessage } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../lib/api-client';
import {
  roadmapSheetUrl,
  SHEET_MAX_BYTES,
  useApplyRoadmapImport,
  useCurrentSheetImport,
  useDiscardSheetImport,
  useUploadRoadmapSheet,
} from '../api/roadmap-sheet';
import { previewOvertakenBy, sheetFailure } from '../lib/sheet-preview';
import type { RoadmapView } from './roadmap-context';
import { SheetPreviewView } from './sheet-preview-view';
import { SheetUploadForm } from './sheet-upload-form';

export type SheetPanelProps = { view: RoadmapView };

/** The revision a 409 reports as current (`details.current.revision`), if it carries one. */
function currentRevisionOf(error: unknown): number | null {
  if (!isApiError(error)) return null;
  const current = error.details.current as { revision?: unknown } | null | undefined;
  return typeof current?.revision === 'number' ? current.revision : null;
}

/**
 * The Excel round-trip: download the workbook; upload an edited one → a per-row preview → apply all of it at once,
 * or discard it. A preview the roadmap has moved past cannot be applied: the file is uploaded again instead.
 */
export function SheetPanel({ view }: SheetPanelProps) {
  const t = useT();
  const upload = useUploadRoadmapSheet(view.organizationId, view.roadmapId);
  const apply = useApplyRoadmapImport(view.organizationId, view.roadmapId);
  const current = useCurrentSheetImport(view.organizationId, view.roadmapId);
  const discard = useDiscardSheetImport(view.organizationId, view.roadmapId);
  // An applied import (applied in another tab, say) is no preview any more.
  const preview = current.data && current.data.status === 'previewed' ? current.data : null;
  const [file, setFile] = useState<File | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const revision = view.document.roadmap.revision;

  const send = (chosen: File) => {
    setFile(chosen);
    setApplied(null);
    apply.reset();
    upload.mutate(chosen);
  };
  const onApply = () => {
    if (!preview) return;
    apply.mutate(
      { importId: preview.id, baseRevision: preview.baseRevision },
      {
        onSuccess: (result) => setApplied(result.appliedRevision ?? revision),
      },
    );
  };
  const onDiscard = () => {
    discard();
    upload.reset();
    apply.reset();
  };

  const uploadFailure = sheetFailure(isApiError(upload.error) ? upload.error : null);
  const uploadError =
    upload.error === null
      ? null
      : uploadFailure === 'other-roadmap'
        ? t('roadmaps.sheet.otherRoadmap')
        : uploadFailure === 'invalid-file' &&
            isApiError(upload.error) &&
            upload.error.code === 'common.payload-too-large'
          ? t('roadmaps.sheet.fileTooLarge', { size: SHEET_MAX_BYTES / (1024 * 1024) })
          : uploadFailure === 'invalid-file' &&
              isApiError(upload.error) &&
              upload.error.code !== 'roadmaps.unsupported-file'
            ? t('roadmaps.sheet.fileRequired')
            : errorMessage(t, upload.error);
  const applyFailure = sheetFailure(isApiError(apply.error) ? apply.error : null);
  const movedOnTo =
    preview === null || applied !== null
      ? null
      : previewOvertakenBy({
          baseRevision: preview.baseRevision,
          documentRevision: revision,
          failure: applyFailure,
          conflictRevision: currentRevisionOf(apply.error),
        });

  return (
    <div className="stack">
      <section className="panel stack" aria-labelledby="sheet-heading">
        <h2 id="sheet-heading" className="section-title">
          {t('roadmaps.sheet.heading')}
        </h2>
        <p>{t('roadmaps.sheet.intro')}</p>
        <div className="stack">
          <div>
            <a
              className="button button--secondary"
              href={roadmapSheetUrl(view.organizationId, view.roadmapId)}
              download
            >
              {t('roadmaps.sheet.download')}
            </a>
          </div>
          <p className="muted">{t('roadmaps.sheet.downloadHint', { revision })}</p>
        </div>
        {view.canEdit ? (
          <SheetUploadForm
            pending={upload.isPending}
            serverError={uploadFailure === 'other' ? null : uploadError}
            onUpload={send}
          />
        ) : (
          <p className="muted">{t('roadmaps.sheet.readOnly')}</p>
        )}
        {uploadFailure === 'other' ? <FormError message={uploadError} /> : null}
      </section>
      <div aria-live="polite">
        {applied !== null ? (
          <Alert tone="success">{t('roadmaps.sheet.applied', { revision: applied })}</Alert>
        ) : null}
      </div>
      {apply.error && applyFailure !== 'stale' ? <FormError message={errorMessage(t, apply.error)} /> : null}
      {preview ? (
        <SheetPreviewView
          preview={preview}
          movedOnTo={movedOnTo}
          refusedAsStale={applyFailure === 'stale'}
          canApply={view.canEdit}
          applying={apply.isPending || upload.isPending}
          onApply={onApply}
          onDiscard={onDiscard}
          onReupload={() => (file ? send(file) : onDiscard())}
        />
      ) : null}
    </div>
  );
}
