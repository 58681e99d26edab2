import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Role } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { submissionErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import type { ApiErrorCode } from '../../../lib/api-client';
import { isEmailAddress } from '../../../lib/validators';
import { useCreateInvitation } from '../api/create-invitation';

type FieldName = 'email' | 'role';

export type InviteFormProps = {
  organizationId: string;
  /** Roles the caller may grant here (from the members page response). */
  assignableRoles: readonly Role[];
};

/** Refusals about one field, shown next to that field rather than above the form. */
const FIELD_OF_CODE: Partial<Record<ApiErrorCode, FieldName>> = {
  'members.already-member': 'email',
  'members.already-invited': 'email',
  'members.role-not-allowed': 'role',
};

export function InviteForm({ organizationId, assignableRoles }: InviteFormProps) {
  const t = useT();
  const invite = useCreateInvitation(organizationId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>(assignableRoles.length === 1 ? assignableRoles[0] : '');
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);

  const server = submissionErrors(t, invite.error, FIELD_OF_CODE);
  const errorFor = (field: FieldName) => clientErrors[field] ?? server.fields[field];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo(null);
    const errors: Partial<Record<FieldName, string>> = {};
    const address = email.trim().toLowerCase();
    if (!address) errors.email = t('validation.required');
    else if (!isEmailAddress(address)) errors.email = t('validation.email');
    if (!role) errors.role = t('validation.oneOf');
    setClientErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.role || !role) return roleRef.current?.focus();
    invite.mutate(
      { email: address, role },
      {
        onSuccess: (invitation) => {
          setSentTo(invitation.email);
          setEmail('');
          invite.reset();
        },
      },
    );
  };

  return (
    <form className="form form--inline" onSubmit={onSubmit} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="section-title">
        {t('invite.heading')}
      </h2>
      <p className="muted">{t('invite.hint')}</p>
      <div aria-live="polite">
        {sentTo ? <Alert tone="success">{t('invite.sent', { email: sentTo })}</Alert> : null}
      </div>
      <FormError message={server.form} />
      <div className="form__row">
        <TextField
          ref={emailRef}
          label={t('invite.email')}
          type="email"
          name="email"
          autoComplete="off"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            setClientErrors((current) => ({ ...current, email: undefined }));
          }}
          error={errorFor('email')}
        />
        <SelectField
          ref={roleRef}
          label={t('invite.role')}
          name="role"
          required
          value={role}
          placeholder={t('invite.rolePlaceholder')}
          options={assignableRoles.map((value) => ({ value, label: t(`role.${value}`) }))}
          onChange={(event) => {
            setRole(event.target.value as Role | '');
            setClientErrors((current) => ({ ...current, role: undefined }));
          }}
          error={errorFor('role')}
        />
        <FormActions
          layout="inline"
          pending={invite.isPending}
          submitLabel={t('invite.submit')}
          pendingLabel={t('invite.submitting')}
        />
      </div>
    </form>
  );
}
