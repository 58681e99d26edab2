import { useRef, useState } from 'react';
import type { FormEvent } from 'react';

import { Alert } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { isEmailAddress } from '../../../lib/validators';
import { useLogin } from '../api/login';

type Fields = { email: string; password: string };
type FieldName = keyof Fields;

/** E-mail and password; Enter submits (a real <form> with a submit button). */
export function SignInForm() {
  const t = useT();
  const login = useLogin();
  const [values, setValues] = useState<Fields>({ email: '', password: '' });
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, string>>>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const serverFieldErrors = fieldErrors(t, login.error);
  const errorFor = (field: FieldName) => clientErrors[field] ?? serverFieldErrors[field];
  // Field-level problems are shown at the fields; anything else (wrong password, rate limit) above the form.
  const formError =
    login.error && Object.keys(serverFieldErrors).length === 0 ? errorMessage(t, login.error) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<FieldName, string>> = {};
    if (!values.email.trim()) errors.email = t('validation.required');
    else if (!isEmailAddress(values.email)) errors.email = t('validation.email');
    if (!values.password) errors.password = t('validation.required');
    setClientErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    login.mutate({ email: values.email.trim(), password: values.password });
  };

  const update = (field: FieldName) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    if (clientErrors[field]) setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  return (
    <form
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-describedby={formError ? 'sign-in-error' : undefined}
    >
      {formError ? (
        <div id="sign-in-error">
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      <TextField
        ref={emailRef}
        label={t('signIn.email')}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={values.email}
        onChange={update('email')}
        error={errorFor('email')}
      />
      <TextField
        ref={passwordRef}
        label={t('signIn.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={update('password')}
        error={errorFor('password')}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={login.isPending}>
          {login.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </div>
    </form>
  );
}
