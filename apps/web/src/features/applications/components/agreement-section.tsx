import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApplicationDetailResponse } from '@smartcity/contracts';
import { AGREEMENT_PARTIES } from '@smartcity/domain';
import type { AgreementParty } from '@smartcity/domain';

import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { apiUrl } from '../../../lib/api-client';
import { formatDate } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useSignAgreement } from '../api/reviews';
import { applicationPath } from '../api/paths';
import { canMove } from '../lib/application-view';
import { ActionError } from './action-error';

export type AgreementSectionProps = { organizationId: string; application: ApplicationDetailResponse };

/** The signed agreement, or (programme coordinator, approved application) the form that records it. */
export function AgreementSection({ organizationId, application }: AgreementSectionProps) {
  const t = useT();
  const [locale] = useLocale();
  const sign = useSignAgreement(organizationId, application.id);
  const [number, setNumber] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [names, setNames] = useState<Record<AgreementParty, string>>({
    ministry: '',
    region: '',
    municipality: '',
  });
  const [file, setFile] = useState<File | null>(null);
  const agreement = application.agreement;
  const maySign = canMove(application, 'sign_agreement');
  if (!agreement && !maySign) return null;

  const complete =
    number.trim() !== '' &&
    signedOn !== '' &&
    file !== null &&
    AGREEMENT_PARTIES.every((p) => names[p].trim() !== '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete || !file) return;
    sign.mutate({
      file,
      body: {
        revision: application.revision,
        number: number.trim(),
        signedOn,
        signatories: AGREEMENT_PARTIES.map((party) => ({ party, name: names[party].trim(), position: null })),
      },
    });
  };

  return (
    <section className="card stack" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('application.agreementHeading')}</h2>
      {agreement ? (
        <>
          <p>
            {t('application.agreementSigned', {
              number: agreement.number,
              date: formatDate(locale, agreement.signedOn),
            })}
          </p>
          <ul>
            {agreement.signatories.map((s) => (
              <li key={s.party}>
                {t('application.agreementSignatory', {
                  party: t(`application.agreementParty.${s.party}`),
                  name: s.name,
                })}
              </li>
            ))}
          </ul>
          <p>
            <a href={apiUrl(`${applicationPath(organizationId, application.id)}/agreement/file`)} download>
              {t('application.agreementDownload', { name: agreement.file.fileName })}
            </a>
          </p>
        </>
      ) : (
        <form className="stack" onSubmit={onSubmit} noValidate>
          <TextField
            label={t('application.agreementNumber')}
            value={number}
            required
            onChange={(e) => setNumber(e.target.value)}
          />
          <TextField
            label={t('application.agreementDate')}
            type="date"
            value={signedOn}
            required
            onChange={(e) => setSignedOn(e.target.value)}
          />
          {AGREEMENT_PARTIES.map((party) => (
            <TextField
              key={party}
              label={t(`application.agreementParty.${party}`)}
              value={names[party]}
              required
              onChange={(e) => setNames((current) => ({ ...current, [party]: e.target.value }))}
            />
          ))}
          <TextField
            label={t('application.agreementFile')}
            type="file"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <ActionError error={sign.error} />
          <FormActions
            submitLabel={t('application.agreementSign')}
            pendingLabel={t('application.agreementSigning')}
            pending={sign.isPending}
            disabled={!complete}
          />
        </form>
      )}
    </section>
  );
}
