import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { InvitationPreviewResponse, SessionResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { ACCOUNT_RULES } from '../../../lib/validators';
import { useAcceptInvitation } from '../api/accept-invitation';

type Fields = { displayName: string; password: string };
type FieldName = keyof Fields;

export type AcceptInvitationFormProps = {
  token: string;
  invitation: InvitationPreviewResponse;
  onAccepted: (session: SessionResponse, invitation: InvitationPreviewResponse) => void;
};

/**
 * Name and password for the invitee. A new person chooses a password; someone who already has an account
 * confirms with theirs (the API keeps the existing password, but the DTO still requires the field).
 */
export function AcceptInvitationForm({ token, invitation, onAccepted }: AcceptInvitationFormProps) {
  const t = useT();
  const accept = useAcceptInvitation(token);
  const [values, setValues] = useState<Fields>({ displayName: '', password: '' });
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, string>>>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const serverFieldErrors = fieldErrors(t, accept.error);
  const errorFor = (field: FieldName) => clientErrors[field] ?? serverFieldErrors[field];
  const formError =
    accept.error && Object.keys(serverFieldErrors).length === 0 ? errorMessage(t, accept.error) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<FieldName, string>> = {};
    const displayName = values.displayName.trim();
    if (!displayName) errors.displayName = t('validation.required');
    else if (displayName.length < ACCOUNT_RULES.displayNameMin)
      errors.displayName = t('validation.minLength', { min: ACCOUNT_RULES.displayNameMin });
    else if (displayName.length > ACCOUNT_RULES.displayNameMax)
      errors.displayName = t('validation.maxLength', { max: ACCOUNT_RULES.displayNameMax });
    if (!values.password) errors.password = t('validation.required');
    else if (!invitation.hasAccount && values.password.length < ACCOUNT_RULES.passwordMin)
      errors.password = t('validation.minLength', { min: ACCOUNT_RULES.passwordMin });
    else if (values.password.length > ACCOUNT_RULES.passwordMax)
      errors.password = t('validation.maxLength', { max: ACCOUNT_RULES.passwordMax });
    setClientErrors(errors);
    if (errors.displayName) return nameRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    accept.mutateAsync({ displayName, password: values.password }).then(
      (session) => onAccepted(session, invitation),
      () => undefined,
    );
  };

  const update = (field: FieldName) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    if (clientErrors[field]) setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        ref={nameRef}
        label={t('acceptInvitation.displayName')}
        hint={t('acceptInvitation.displayNameHint')}
        name="displayName"
        autoComplete="name"
        required
        value={values.displayName}
        onChange={update('displayName')}
        error={errorFor('displayName')}
      />
      <TextField
        ref={passwordRef}
        label={
          invitation.hasAccount ? t('acceptInvitation.existingPassword') : t('acceptInvitation.newPassword')
        }
        hint={
          invitation.hasAccount
            ? t('acceptInvitation.existingPasswordHint')
            : t('acceptInvitation.newPasswordHint')
        }
        type="password"
        name="password"
        autoComplete={invitation.hasAccount ? 'current-password' : 'new-password'}
        required
        value={values.password}
        onChange={update('password')}
        error={errorFor('password')}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={accept.isPending}>
          {accept.isPending ? t('acceptInvitation.submitting') : t('acceptInvitation.submit')}
        </button>
      </div>
    </form>
  );
}
