import { useCallback, useState } from 'react';

export type FieldErrors<Fields> = Partial<Record<keyof Fields, string>>;

/**
 * The values of a small form and the errors found by checking them in the browser. Editing a field clears its
 * error; `setErrors` replaces them all after a submit attempt.
 */
export function useFormFields<Fields extends Record<string, string>>(initial: Fields) {
  const [values, setValues] = useState<Fields>(initial);
  const [errors, setErrors] = useState<FieldErrors<Fields>>({});

  const update = useCallback(
    (field: keyof Fields) => (event: { target: { value: string } }) => {
      const value = event.target.value;
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    },
    [],
  );

  return { values, setValues, errors, setErrors, update };
}
