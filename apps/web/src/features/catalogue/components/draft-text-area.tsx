import type { TextareaHTMLAttributes } from 'react';

import { Field } from '../../../components/ui/field';

export type DraftTextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'> & {
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled multi-line input with its hint and field error (descriptions, notes, sources). */
export function DraftTextArea({ label, hint, error, ...props }: DraftTextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea className="field__input catalogue-textarea" {...control} {...props} />}
    </Field>
  );
}
