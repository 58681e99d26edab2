import { Alert } from './alert';

export type FormErrorProps = {
  /** The form-level problem (not tied to one field); nothing is rendered without one. */
  message: string | null;
  /** For `aria-describedby` on the form. */
  id?: string;
};

/** A problem with the whole submission, above the fields, announced assertively. */
export function FormError({ message, id }: FormErrorProps) {
  if (!message) return null;
  return id ? (
    <div id={id}>
      <Alert tone="error">{message}</Alert>
    </div>
  ) : (
    <Alert tone="error">{message}</Alert>
  );
}
