import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { requestMissingComplianceReports } from '../compliance/compliance-seed';
import { Membership } from '../identity/membership.entity';
import { hashPassword } from '../identity/passwords';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';
import type { FileStorage } from '../roadmaps/storage/file-storage';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { seedDemoApplications } from './demo-applications';
import { seedDemoApplicationEffects } from './demo-application-effects';
import { seedDemoRoadmaps } from './demo-roadmaps';

export type SeedReport = {
  organizations: number;
  users: number;
  memberships: number;
  roadmaps: number;
  applications: number;
};

const audit = new AuditService();

async function upsertOrganizations(
  manager: EntityManager,
): Promise<{ ids: Map<string, string>; created: number }> {
  const ids = new Map<string, string>();
  let created = 0;
  for (const demo of DEMO_ORGANIZATIONS) {
    const repo = manager.getRepository(Organization);
    let org = await repo.findOneBy({ kind: demo.kind, nameRu: demo.nameRu });
    if (!org) {
      org = await repo.save(
        repo.create({
          kind: demo.kind,
          nameRu: demo.nameRu,
          nameEn: demo.nameEn,
          parentId: demo.parent ? ids.get(demo.parent)! : null,
          population: demo.population ?? null,
          isRegionalCapital: demo.isRegionalCapital ?? false,
          oktmo: demo.oktmo ?? null,
        }),
      );
      await audit.record(manager, {
        actorUserId: null,
        organizationId: org.id,
        action: 'organizations.seeded',
        entityType: 'organization',
        entityId: org.id,
        after: { ...demo },
      });
      created += 1;
    }
    ids.set(demo.key, org.id);
  }
  return { ids, created };
}

/**
 * Seeds the demo organizations, accounts and roadmaps. Idempotent: rows are matched by natural keys (organization kind and
 * name, user e-mail, membership triple), so a second run adds nothing and never resets a changed password.
 */
export async function seedDemo(dataSource: DataSource, storage?: FileStorage): Promise<SeedReport> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const { ids, created: organizations } = await upsertOrganizations(manager);
    let users = 0;
    let memberships = 0;
    for (const demo of DEMO_USERS) {
      const repo = manager.getRepository(User);
      let user = await repo.findOneBy({ email: demo.email });
      if (!user) {
        user = await repo.save(
          repo.create({ email: demo.email, displayName: demo.displayName, passwordHash, locale: 'ru' }),
        );
        await audit.record(manager, {
          actorUserId: null,
          organizationId: null,
          action: 'users.seeded',
          entityType: 'user',
          entityId: user.id,
          after: { email: demo.email, displayName: demo.displayName },
        });
        users += 1;
      }
      for (const m of demo.memberships) {
        const result = await manager
          .createQueryBuilder()
          .insert()
          .into(Membership)
          .values({ userId: user.id, organizationId: ids.get(m.organization)!, role: m.role })
          .orIgnore()
          .returning('id')
          .execute();
        memberships += (result.raw as unknown[]).length;
      }
    }
    // Demo roadmaps pin the seeded 2019 standard, so the catalogue seed must have run first (cli.ts does).
    const roadmaps = await seedDemoRoadmaps(manager);
    // The 2019 pilot campaign and its applications read those roadmaps (issue 6); the agreement scan goes to storage.
    const applications = await seedDemoApplications(manager, storage);
    // Their SLA clocks and PDFs (rendered by the worker), without notifications about 2019.
    await seedDemoApplicationEffects(manager);
    // Compliance reports of the demo roadmaps (issue #5), evaluated by the worker as soon as it starts.
    await requestMissingComplianceReports(manager);
    return { organizations, users, memberships, roadmaps, applications };
  });
}
