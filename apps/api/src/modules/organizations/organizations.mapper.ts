import type { OrganizationResponse, OrganizationSummaryResponse } from '@smartcity/contracts';
import { populationGroupOf } from '@smartcity/domain';

import type { Organization } from './organization.entity';

export function toOrganizationSummary(o: Organization): OrganizationSummaryResponse {
  return { id: o.id, kind: o.kind, nameRu: o.nameRu, nameEn: o.nameEn, parentId: o.parentId };
}

export function toOrganizationResponse(o: Organization, parent: Organization | null): OrganizationResponse {
  return {
    ...toOrganizationSummary(o),
    parent: parent ? { id: parent.id, nameRu: parent.nameRu, nameEn: parent.nameEn } : null,
    population: o.population,
    populationGroup:
      o.kind === 'municipality' && o.population !== null ? populationGroupOf(o.population) : null,
    isRegionalCapital: o.isRegionalCapital,
    oktmo: o.oktmo,
  };
}
