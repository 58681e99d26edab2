import { useId } from 'react';
import type { ReactNode } from 'react';

/** What the wrapped control must spread on itself to be tied to its label, hint and error. */
export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

export type FieldProps = {
  label: string;
  hint?: string;
  error?: string;
  /** Renders the label for assistive technology only (compact header controls). */
  hideLabel?: boolean;
  className?: string;
  /** Renders the control (input, select, textarea) with the given id and aria attributes. */
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * The wrapper of every form control: a label bound to the control, an optional hint and a field error, both tied
 * to the control through aria-describedby, and the invalid state for styling and assistive technology.
 */
export function Field({ label, hint, error, hideLabel = false, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}
