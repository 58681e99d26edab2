import { Injectable } from '@nestjs/common';
import {
  organizationFilter,
  type AccessScope,
  type ApplicationStatus,
  type Permission,
  type ReviewStage,
} from '@smartcity/domain';
import { DataSource, In, type EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';
import { reachOrganization } from '../organizations/organization-reach';
import { Roadmap } from '../roadmaps/roadmap.entity';
import {
  Application,
  ApplicationAgreement,
  ApplicationChecklistAnswer,
  ApplicationComment,
  ApplicationFile,
  ApplicationItemAcceptance,
  ApplicationReviewer,
  ApplicationSnapshot,
  ApplicationTransitionRecord,
  Campaign,
} from './application.entities';

type ApplicationPermission = Extract<Permission, `applications.${string}`>;

/** An application with the rows its responses name (campaign, municipality, region, roadmap). */
export type ApplicationRow = {
  application: Application;
  campaign: Campaign;
  municipality: Organization;
  region: Organization | null;
  roadmap: Roadmap;
  latestSnapshot: ApplicationSnapshot | null;
};

/** Everything the detail page shows. */
export type ApplicationDetailRows = ApplicationRow & {
  snapshots: ApplicationSnapshot[];
  transitions: ApplicationTransitionRecord[];
  reviewers: ApplicationReviewer[];
  answers: ApplicationChecklistAnswer[];
  agreement: ApplicationAgreement | null;
  agreementFile: ApplicationFile | null;
  userNames: Map<string, string>;
};

/** A person who may review a stage (see `stageCandidates`). */
export type ReviewerCandidate = { userId: string; displayName: string; email: string };

export type ApplicationListFilters = { campaignId?: string; status?: ApplicationStatus; assignedTo?: string };

/**
 * Every query of applications. Methods take the caller's scope first, re-check the permission over the
 * municipality with `can()` and filter by `municipality_id`, so an application id of another organization is 404.
 */
@Injectable()
export class ApplicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The municipality addressed by a route, if the scope may see it and holds `permission` over it. */
  async assertReach(
    scope: AccessScope,
    manager: EntityManager,
    municipalityId: string,
    permission: ApplicationPermission,
  ): Promise<Organization> {
    const org = await reachOrganization(scope, manager, municipalityId, permission);
    if (org.kind !== 'municipality') throw AppException.notFound('Municipality');
    return org;
  }

  /** The application, locked `FOR UPDATE` when `lock` (transitions and review writes serialize on it). */
  async find(
    scope: AccessScope,
    manager: EntityManager,
    municipalityId: string,
    applicationId: string,
    permission: ApplicationPermission = 'applications.read',
    lock = false,
  ): Promise<Application | null> {
    await this.assertReach(scope, manager, municipalityId, permission);
    if (!isUuid(applicationId)) return null;
    return manager.getRepository(Application).findOne({
      where: { id: applicationId, municipalityId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async listForMunicipality(scope: AccessScope, municipalityId: string): Promise<ApplicationRow[]> {
    await this.assertReach(scope, this.manager, municipalityId, 'applications.read');
    const applications = await this.manager
      .getRepository(Application)
      .find({ where: { municipalityId }, order: { createdAt: 'DESC' } });
    return this.rows(this.manager, applications);
  }

  /** Applications the scope may read, newest first (a ministry role sees all, a region its municipalities). */
  async listInScope(scope: AccessScope, filters: ApplicationListFilters): Promise<ApplicationRow[]> {
    const filter = organizationFilter(scope, 'applications.read');
    const query = this.manager
      .getRepository(Application)
      .createQueryBuilder('a')
      .innerJoin(Organization, 'm', 'm.id = a.municipality_id')
      .orderBy('a.updated_at', 'DESC')
      .limit(500);
    if (!filter.all) {
      if (filter.organizationIds.length === 0 && filter.regionIds.length === 0) return [];
      query.andWhere('(a.municipality_id = ANY(:orgs) OR m.parent_id = ANY(:regions))', {
        orgs: filter.organizationIds,
        regions: filter.regionIds,
      });
    }
    if (filters.campaignId) query.andWhere('a.campaign_id = :campaignId', { campaignId: filters.campaignId });
    if (filters.status) query.andWhere('a.status = :status', { status: filters.status });
    if (filters.assignedTo) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM application_reviewers r WHERE r.application_id = a.id
           AND r.stage = a.current_stage AND r.user_id = :userId)`,
        { userId: filters.assignedTo },
      );
    }
    return this.rows(this.manager, await query.getMany());
  }

  async rows(manager: EntityManager, applications: Application[]): Promise<ApplicationRow[]> {
    if (applications.length === 0) return [];
    const ids = (list: string[]) => In([...new Set(list)]);
    const campaigns = await manager
      .getRepository(Campaign)
      .findBy({ id: ids(applications.map((a) => a.campaignId)) });
    const roadmaps = await manager
      .getRepository(Roadmap)
      .findBy({ id: ids(applications.map((a) => a.roadmapId)) });
    const municipalities = await manager
      .getRepository(Organization)
      .findBy({ id: ids(applications.map((a) => a.municipalityId)) });
    const regionIds = municipalities.map((m) => m.parentId).filter((id): id is string => id !== null);
    const regions = regionIds.length
      ? await manager.getRepository(Organization).findBy({ id: ids(regionIds) })
      : [];
    const snapshots: ApplicationSnapshot[] = await manager
      .getRepository(ApplicationSnapshot)
      .createQueryBuilder('s')
      .distinctOn(['s.application_id'])
      .where('s.application_id IN (:...ids)', { ids: applications.map((a) => a.id) })
      .orderBy('s.application_id')
      .addOrderBy('s.sequence', 'DESC')
      .getMany();
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    const c = byId(campaigns);
    const r = byId(roadmaps);
    const m = byId(municipalities);
    const g = byId(regions);
    const s = new Map(snapshots.map((x) => [x.applicationId, x]));
    return applications.map((application) => {
      const municipality = m.get(application.municipalityId)!;
      return {
        application,
        campaign: c.get(application.campaignId)!,
        roadmap: r.get(application.roadmapId)!,
        municipality,
        region: municipality.parentId ? (g.get(municipality.parentId) ?? null) : null,
        latestSnapshot: s.get(application.id) ?? null,
      };
    });
  }

  async detail(manager: EntityManager, application: Application): Promise<ApplicationDetailRows> {
    const [row] = await this.rows(manager, [application]);
    const where = { applicationId: application.id };
    const snapshots = await manager
      .getRepository(ApplicationSnapshot)
      .find({ where, order: { sequence: 'ASC' } });
    const transitions = await manager
      .getRepository(ApplicationTransitionRecord)
      .find({ where, order: { occurredAt: 'ASC', applicationRevision: 'ASC' } });
    const reviewers = await manager
      .getRepository(ApplicationReviewer)
      .find({ where, order: { stage: 'ASC', assignedAt: 'ASC' } });
    const answers = await manager
      .getRepository(ApplicationChecklistAnswer)
      .find({ where, order: { stage: 'ASC', criterionCode: 'ASC' } });
    const agreement = await manager.getRepository(ApplicationAgreement).findOneBy(where);
    const agreementFile = agreement
      ? await manager.getRepository(ApplicationFile).findOneBy({ id: agreement.fileId })
      : null;
    const userIds = [
      ...transitions.map((t) => t.actorUserId),
      ...reviewers.map((r) => r.userId),
      ...answers.map((a) => a.answeredBy),
    ].filter((id): id is string => id !== null);
    return {
      ...row,
      snapshots,
      transitions,
      reviewers,
      answers,
      agreement,
      agreementFile,
      userNames: await this.userNames(manager, userIds),
    };
  }

  async userNames(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await manager.getRepository(User).findBy({ id: In([...new Set(userIds)]) });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  async reviewerIds(
    manager: EntityManager,
    applicationId: string,
    stage: ReviewStage | null,
  ): Promise<string[]> {
    if (stage === null) return [];
    const rows = await manager.getRepository(ApplicationReviewer).findBy({ applicationId, stage });
    return rows.map((r) => r.userId);
  }

  /**
   * The people eligible to review a stage of an application of `municipality`: the active (not disabled) regional
   * coordinators of its region for the regional stage, the active ministry reviewers of any ministry for the
   * ministry stage. The one eligibility rule behind the automatic assignment, the candidates list and the manual
   * override's check. Ordered by name.
   */
  async stageCandidates(
    manager: EntityManager,
    municipality: Pick<Organization, 'parentId'>,
    stage: ReviewStage,
  ): Promise<ReviewerCandidate[]> {
    if (stage === 'regional' && !municipality.parentId) return [];
    const where =
      stage === 'regional'
        ? `m.organization_id = $1 AND m.role = 'regional_coordinator'`
        : `o.kind = 'ministry' AND m.role = 'ministry_reviewer'`;
    return manager.query<ReviewerCandidate[]>(
      `SELECT DISTINCT u.id AS "userId", u.display_name AS "displayName", u.email::text AS email
         FROM memberships m
         JOIN organizations o ON o.id = m.organization_id
         JOIN users u ON u.id = m.user_id
        WHERE ${where} AND u.disabled_at IS NULL
        ORDER BY "displayName", "userId"`,
      stage === 'regional' ? [municipality.parentId] : [],
    );
  }

  /** Another application whose review holds this application's roadmap (submitted or under review), if any. */
  async otherReviewOfRoadmap(manager: EntityManager, application: Application): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT id FROM applications
        WHERE roadmap_id = $1 AND id <> $2
          AND status IN ('submitted', 'regional_review', 'ministry_review', 'resubmitted')
        LIMIT 1`,
      [application.roadmapId, application.id],
    );
    return row?.id ?? null;
  }

  async latestSnapshot(manager: EntityManager, applicationId: string): Promise<ApplicationSnapshot | null> {
    return manager
      .getRepository(ApplicationSnapshot)
      .findOne({ where: { applicationId }, order: { sequence: 'DESC' } });
  }

  async comments(manager: EntityManager, applicationId: string): Promise<ApplicationComment[]> {
    return manager
      .getRepository(ApplicationComment)
      .find({ where: { applicationId }, order: { createdAt: 'ASC' } });
  }

  async acceptances(manager: EntityManager, snapshotId: string): Promise<ApplicationItemAcceptance[]> {
    return manager
      .getRepository(ApplicationItemAcceptance)
      .find({ where: { snapshotId }, order: { acceptedAt: 'ASC' } });
  }
}
