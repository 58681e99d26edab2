import type { ReactNode } from 'react';

export type FormActionsProps = {
  /** The submit button's text, and the text while the submission runs. */
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Disables the submit button for another reason than a running submission. */
  disabled?: boolean;
  /** `inline`: the button sits at the end of a row of fields, aligned with the inputs. */
  layout?: 'footer' | 'inline';
  /** More buttons after the submit button (e.g. "Cancel"). */
  children?: ReactNode;
};

/** A form's footer: the primary submit button, disabled and relabelled while the submission runs. */
export function FormActions({
  submitLabel,
  pendingLabel,
  pending,
  disabled = false,
  layout = 'footer',
  children,
}: FormActionsProps) {
  return (
    <div className={layout === 'inline' ? 'form__submit' : 'form__actions'}>
      <button type="submit" className="button button--primary" disabled={pending || disabled}>
        {pending ? pendingLabel : submitLabel}
      </button>
      {children}
    </div>
  );
}
