import type { CampaignResponse, CreateCampaignDto } from '@smartcity/contracts';

/** The campaign editor's state: text inputs as typed, turned into the DTO by `campaignDtoFrom`. */
export type CampaignFormState = {
  title: string;
  description: string;
  /** `YYYY-MM-DD` */
  opensOn: string;
  closesOn: string;
  populationThreshold: string;
  regionalCapitalEligible: boolean;
  requireNoComplianceErrors: boolean;
  /** Empty: no minimum. */
  minCoveragePercent: string;
  criteria: { code: string; title: string; guidance: string }[];
  regionalSlaDays: string;
  ministrySlaDays: string;
};

export type CampaignFormErrorKey =
  | 'required'
  | 'closesBeforeOpens'
  | 'integer'
  | 'percent'
  | 'slaDays'
  | 'criteriaEmpty'
  | 'criterionCode'
  | 'criterionCodeTaken'
  | 'criterionTitle';

export type CampaignFormErrors = Partial<Record<string, CampaignFormErrorKey>>;

const CODE_PATTERN = /^[A-Za-z0-9._-]{1,20}$/;

export function emptyCampaignForm(today: string): CampaignFormState {
  return {
    title: '',
    description: '',
    opensOn: today,
    closesOn: '',
    populationThreshold: '100000',
    regionalCapitalEligible: true,
    requireNoComplianceErrors: true,
    minCoveragePercent: '',
    criteria: [{ code: 'C1', title: '', guidance: '' }],
    regionalSlaDays: '10',
    ministrySlaDays: '20',
  };
}

export function campaignFormFrom(campaign: CampaignResponse): CampaignFormState {
  const sla = (stage: 'regional' | 'ministry') =>
    String(campaign.stages.find((s) => s.stage === stage)?.slaDays ?? '');
  return {
    title: campaign.title,
    description: campaign.description ?? '',
    opensOn: campaign.opensAt.slice(0, 10),
    closesOn: campaign.closesAt.slice(0, 10),
    populationThreshold: String(campaign.eligibility.populationThreshold),
    regionalCapitalEligible: campaign.eligibility.regionalCapitalEligible,
    requireNoComplianceErrors: campaign.eligibility.requireNoComplianceErrors,
    minCoveragePercent:
      campaign.eligibility.minCoveragePercent === null ? '' : String(campaign.eligibility.minCoveragePercent),
    criteria: campaign.criteria.map((c) => ({ code: c.code, title: c.title, guidance: c.guidance ?? '' })),
    regionalSlaDays: sla('regional'),
    ministrySlaDays: sla('ministry'),
  };
}

/** A closing day (`YYYY-MM-DD`) → the end of that day, UTC: applications are accepted through the whole day. */
export function closesAtOf(day: string): string {
  return `${day}T23:59:59.000Z`;
}

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

/**
 * The DTO, or the problems keyed by field (`criteria.2.code` for one criterion's field). The API checks the same
 * rules and answers 400 naming the field; checking here keeps the reviewer's typing in the form.
 */
export function campaignDtoFrom(
  form: CampaignFormState,
): { ok: true; dto: CreateCampaignDto } | { ok: false; errors: CampaignFormErrors } {
  const errors: CampaignFormErrors = {};
  if (form.title.trim() === '') errors.title = 'required';
  if (form.opensOn === '') errors.opensOn = 'required';
  if (form.closesOn === '') errors.closesOn = 'required';
  else if (form.opensOn !== '' && form.closesOn <= form.opensOn) errors.closesOn = 'closesBeforeOpens';
  const threshold = wholeNumber(form.populationThreshold);
  if (threshold === null) errors.populationThreshold = 'integer';
  const minCoverage = form.minCoveragePercent.trim() === '' ? null : wholeNumber(form.minCoveragePercent);
  if (form.minCoveragePercent.trim() !== '' && (minCoverage === null || minCoverage > 100))
    errors.minCoveragePercent = 'percent';
  const regional = wholeNumber(form.regionalSlaDays);
  if (regional === null || regional < 1 || regional > 365) errors.regionalSlaDays = 'slaDays';
  const ministry = wholeNumber(form.ministrySlaDays);
  if (ministry === null || ministry < 1 || ministry > 365) errors.ministrySlaDays = 'slaDays';
  if (form.criteria.length === 0) errors.criteria = 'criteriaEmpty';
  const seen = new Set<string>();
  form.criteria.forEach((criterion, index) => {
    const code = criterion.code.trim();
    if (!CODE_PATTERN.test(code)) errors[`criteria.${index}.code`] = 'criterionCode';
    else if (seen.has(code)) errors[`criteria.${index}.code`] = 'criterionCodeTaken';
    seen.add(code);
    if (criterion.title.trim() === '') errors[`criteria.${index}.title`] = 'criterionTitle';
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    dto: {
      title: form.title.trim(),
      description: form.description.trim() === '' ? null : form.description.trim(),
      opensAt: `${form.opensOn}T00:00:00.000Z`,
      closesAt: closesAtOf(form.closesOn),
      eligibility: {
        populationThreshold: threshold ?? 0,
        regionalCapitalEligible: form.regionalCapitalEligible,
        requireNoComplianceErrors: form.requireNoComplianceErrors,
        minCoveragePercent: minCoverage,
      },
      criteria: form.criteria.map((c) => ({
        code: c.code.trim(),
        title: c.title.trim(),
        guidance: c.guidance.trim() === '' ? null : c.guidance.trim(),
      })),
      stages: [
        { stage: 'regional', slaDays: regional ?? 1 },
        { stage: 'ministry', slaDays: ministry ?? 1 },
      ],
    },
  };
}
