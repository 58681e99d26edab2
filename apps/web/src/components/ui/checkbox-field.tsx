import { useId } from 'react';
import type { InputHTMLAttributes } from 'react';

export type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'children'> & {
  label: string;
  hint?: string;
};

/** A checkbox with its label to the right and an optional hint tied through aria-describedby. */
export function CheckboxField({ label, hint, className, ...inputProps }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={['checkbox', className].filter(Boolean).join(' ')}>
      <input type="checkbox" id={id} aria-describedby={hint ? hintId : undefined} {...inputProps} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint checkbox__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
