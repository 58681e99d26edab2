import type { Ref, SelectHTMLAttributes } from 'react';

import { Field } from './field';

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & {
  label: string;
  options: readonly SelectOption[];
  hint?: string;
  error?: string;
  /** Shown as a first, empty choice. */
  placeholder?: string;
  /** Renders the label for assistive technology only (compact header controls). */
  hideLabel?: boolean;
  ref?: Ref<HTMLSelectElement>;
};

export function SelectField({
  label,
  options,
  hint,
  error,
  placeholder,
  hideLabel,
  className,
  ref,
  ...selectProps
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <select className="field__select" ref={ref} {...control} {...selectProps}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
