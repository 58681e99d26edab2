import { useT } from '../../i18n/i18n-provider';

export type SpinnerProps = {
  /** Visible text next to the spinner; defaults to "Loading…". */
  label?: string;
  /** Centre it in a roomy block (whole-page or whole-section loads). */
  block?: boolean;
};

/** An accessible loading indicator: the text is announced politely and also shown. */
export function Spinner({ label, block = false }: SpinnerProps) {
  const t = useT();
  return (
    <div className={block ? 'spinner spinner--block' : 'spinner'} role="status" aria-live="polite">
      <span className="spinner__wheel" aria-hidden="true" />
      <span className="spinner__label">{label ?? t('common.loading')}</span>
    </div>
  );
}
