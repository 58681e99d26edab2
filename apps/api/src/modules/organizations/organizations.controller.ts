import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OrganizationResponse } from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { AppException } from '../../common/app.exception';
import { toOrganizationResponse } from './organizations.mapper';
import { OrganizationsRepository } from './organizations.repository';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @Get()
  @RequirePermission('organizations.read')
  @ApiContract({ summary: 'Organizations the caller may see', response: [OrganizationResponse] })
  async list(@Scope() scope: AccessScope): Promise<OrganizationResponse[]> {
    const organizations = await this.organizations.listVisible(scope);
    const parents = await this.organizations.parentsOf(organizations);
    return organizations.map((o) =>
      toOrganizationResponse(o, o.parentId ? (parents.get(o.parentId) ?? null) : null),
    );
  }

  @Get(':orgId')
  @RequirePermission('organizations.read', { organizationParam: 'orgId' })
  @ApiContract({ summary: 'One organization', response: OrganizationResponse })
  async get(@Scope() scope: AccessScope, @Param('orgId') orgId: string): Promise<OrganizationResponse> {
    const organization = await this.organizations.findVisible(scope, orgId);
    if (!organization) throw AppException.notFound('Organization');
    const parents = await this.organizations.parentsOf([organization]);
    return toOrganizationResponse(organization, parents.get(organization.parentId ?? '') ?? null);
  }
}
