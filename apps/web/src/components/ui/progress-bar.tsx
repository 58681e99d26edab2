export type ProgressBarProps = {
  /** 0–100; null while the amount of work is not known yet (indeterminate). */
  percent: number | null;
  /** The accessible name of the bar (what is in progress). */
  label: string;
  /** Visible text under the bar, also exposed as aria-valuetext. */
  valueText?: string;
};

/** A determinate progress bar for long work done on the server (role=progressbar with aria-valuenow). */
export function ProgressBar({ percent, label, valueText }: ProgressBarProps) {
  const value = percent === null ? null : Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="progress">
      <div
        className={value === null ? 'progress__track progress__track--indeterminate' : 'progress__track'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value ?? undefined}
        aria-valuetext={valueText}
      >
        <div className="progress__fill" style={{ width: `${value ?? 100}%` }} />
      </div>
      {valueText ? (
        <p className="progress__text" aria-hidden="true">
          {valueText}
        </p>
      ) : null}
    </div>
  );
}
