import type { Ref, TextareaHTMLAttributes } from 'react';

import { Field } from '../../../components/ui/field';

export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'> & {
  label: string;
  hint?: string;
  error?: string;
  hideLabel?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled multi-line input with hint and error tied to it (the textarea twin of TextField). */
export function TextAreaField({
  label,
  hint,
  error,
  hideLabel,
  className,
  ref,
  ...props
}: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => <textarea className="field__input field__textarea" ref={ref} {...control} {...props} />}
    </Field>
  );
}
