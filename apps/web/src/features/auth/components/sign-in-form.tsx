import { useRef } from 'react';
import type { FormEvent } from 'react';

import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { TextField } from '../../../components/ui/text-field';
import { submissionErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { useFormFields } from '../../../lib/use-form-fields';
import type { FieldErrors } from '../../../lib/use-form-fields';
import { isEmailAddress } from '../../../lib/validators';
import { useLogin } from '../api/login';

type Fields = { email: string; password: string };

/** E-mail and password; Enter submits (a real <form> with a submit button). */
export function SignInForm() {
  const t = useT();
  const login = useLogin();
  const {
    values,
    errors: clientErrors,
    setErrors,
    update,
  } = useFormFields<Fields>({ email: '', password: '' });
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // Field-level problems are shown at the fields; anything else (wrong password, rate limit) above the form.
  const server = submissionErrors(t, login.error);
  const errorFor = (field: keyof Fields) => clientErrors[field] ?? server.fields[field];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors<Fields> = {};
    if (!values.email.trim()) errors.email = t('validation.required');
    else if (!isEmailAddress(values.email)) errors.email = t('validation.email');
    if (!values.password) errors.password = t('validation.required');
    setErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    login.mutate({ email: values.email.trim(), password: values.password });
  };

  return (
    <form
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-describedby={server.form ? 'sign-in-error' : undefined}
    >
      <FormError id="sign-in-error" message={server.form} />
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
      <FormActions
        pending={login.isPending}
        submitLabel={t('signIn.submit')}
        pendingLabel={t('signIn.submitting')}
      />
    </form>
  );
}
