import { Injectable } from '@nestjs/common';
import { can, organizationFilter, type AccessScope, type OrganizationRef } from '@smartcity/domain';
import { Brackets, DataSource, In } from 'typeorm';

import { isUuid } from '../../common/uuid';
import { Organization } from './organization.entity';

@Injectable()
export class OrganizationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The bare reference the access guard needs to decide whether a route may touch an organization. It is the
   * one unscoped read: deciding the scope is what it is for.
   */
  async findRef(id: string): Promise<OrganizationRef | null> {
    if (!isUuid(id)) return null;
    const org = await this.dataSource.getRepository(Organization).findOne({
      where: { id },
      select: { id: true, kind: true, parentId: true },
    });
    return org ? { id: org.id, kind: org.kind, parentId: org.parentId } : null;
  }

  /** Organizations the scope may read, ministry first, then regions, each with its municipalities. */
  listVisible(scope: AccessScope): Promise<Organization[]> {
    const filter = organizationFilter(scope, 'organizations.read');
    const query = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .orderBy(`CASE o.kind WHEN 'ministry' THEN 0 WHEN 'region' THEN 1 ELSE 2 END`)
      .addOrderBy('o.name_ru');
    if (!filter.all) {
      query.where(
        new Brackets((w) => {
          w.where('o.id = ANY(:ids)', { ids: filter.organizationIds });
          if (filter.regionIds.length > 0)
            w.orWhere('o.parent_id = ANY(:regions)', { regions: filter.regionIds });
        }),
      );
    }
    return query.getMany();
  }

  /**
   * The regions of the given organizations, by id. Only names are exposed from them, which every member of a
   * municipality may know.
   */
  async parentsOf(organizations: Organization[]): Promise<Map<string, Organization>> {
    const ids = [...new Set(organizations.map((o) => o.parentId).filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const parents = await this.dataSource.getRepository(Organization).findBy({ id: In(ids) });
    return new Map(parents.map((p) => [p.id, p]));
  }

  /** One organization if the scope may read it; null when it does not exist or is out of scope. */
  async findVisible(scope: AccessScope, id: string): Promise<Organization | null> {
    if (!isUuid(id)) return null;
    const org = await this.dataSource.getRepository(Organization).findOneBy({ id });
    return org && can(scope, 'organizations.read', org) ? org : null;
  }
}
