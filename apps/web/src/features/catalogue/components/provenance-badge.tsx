import type { FrameworkProvenanceStatus, ItemProvenance } from '@smartcity/domain';

import { Badge } from '../../../components/ui/badge';
import type { BadgeTone } from '../../../components/ui/badge';
import { useT } from '../../../i18n/i18n-provider';

export type ProvenanceBadgeProps = {
  /** A version's provenance (official, partial, reconstruction) or an item's (confirmed, unconfirmed, reconstructed). */
  provenance: FrameworkProvenanceStatus | ItemProvenance;
};

const TONES: Record<FrameworkProvenanceStatus | ItemProvenance, BadgeTone> = {
  official: 'success',
  confirmed: 'success',
  partial: 'info',
  unconfirmed: 'info',
  reconstruction: 'warning',
  reconstructed: 'warning',
};

/** Where data comes from, with the explanation on hover and for screen readers. */
export function ProvenanceBadge({ provenance }: ProvenanceBadgeProps) {
  const t = useT();
  switch (provenance) {
    case 'official':
    case 'partial':
    case 'reconstruction':
      return (
        <Badge tone={TONES[provenance]} description={t(`frameworkProvenanceHint.${provenance}`)}>
          {t(`frameworkProvenance.${provenance}`)}
        </Badge>
      );
    case 'confirmed':
    case 'unconfirmed':
    case 'reconstructed':
      return (
        <Badge tone={TONES[provenance]} description={t(`itemProvenanceHint.${provenance}`)}>
          {t(`itemProvenance.${provenance}`)}
        </Badge>
      );
  }
}
