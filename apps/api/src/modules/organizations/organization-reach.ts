import { can, type AccessScope, type Permission } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import { Organization } from './organization.entity';

/**
 * The organization addressed by a route, for repositories that re-check access: 404 when it does not exist or the
 * scope may not see it, 403 when the scope sees it but lacks `permission` over it.
 */
export async function reachOrganization(
  scope: AccessScope,
  manager: EntityManager,
  organizationId: string,
  permission: Permission,
): Promise<Organization> {
  const org = isUuid(organizationId)
    ? await manager.getRepository(Organization).findOneBy({ id: organizationId })
    : null;
  if (!org || !can(scope, 'organizations.read', org)) throw AppException.notFound('Organization');
  if (!can(scope, permission, org)) throw AppException.forbidden();
  return org;
}
