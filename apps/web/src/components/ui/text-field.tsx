import type { InputHTMLAttributes, Ref } from 'react';

import { Field } from './field';

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> & {
  label: string;
  hint?: string;
  error?: string;
  /** Renders the label for assistive technology only (search boxes with a visible heading nearby). */
  hideLabel?: boolean;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input with an optional hint and a field error tied to it through aria-describedby. */
export function TextField({ label, hint, error, hideLabel, className, ref, ...inputProps }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => <input className="field__input" ref={ref} {...control} {...inputProps} />}
    </Field>
  );
}
