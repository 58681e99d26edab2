import { useRef } from 'react';
import type { FormEvent } from 'react';
import type { InvitationPreviewResponse, SessionResponse } from '@smartcity/contracts';

import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { TextField } from '../../../components/ui/text-field';
import { submissionErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { useFormFields } from '../../../lib/use-form-fields';
import type { FieldErrors } from '../../../lib/use-form-fields';
import { ACCOUNT_RULES } from '../../../lib/validators';
import { useAcceptInvitation } from '../api/accept-invitation';

type Fields = { displayName: string; password: string };

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
  const {
    values,
    errors: clientErrors,
    setErrors,
    update,
  } = useFormFields<Fields>({ displayName: '', password: '' });
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const server = submissionErrors(t, accept.error);
  const errorFor = (field: keyof Fields) => clientErrors[field] ?? server.fields[field];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors<Fields> = {};
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
    setErrors(errors);
    if (errors.displayName) return nameRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    accept.mutateAsync({ displayName, password: values.password }).then(
      (session) => onAccepted(session, invitation),
      () => undefined,
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormError message={server.form} />
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
      <FormActions
        pending={accept.isPending}
        submitLabel={t('acceptInvitation.submit')}
        pendingLabel={t('acceptInvitation.submitting')}
      />
    </form>
  );
}
