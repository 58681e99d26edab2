import {
  canonicalJson,
  decide,
  type ApplicationStatus,
  type ApplicationTransition,
  type ReviewStage,
  type Role,
  type WorkflowActor,
  type WorkflowContext,
} from '@smartcity/domain';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

import type { User } from '../src/modules/identity/user.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import { OutboxPublisher } from '../src/queue/outbox.publisher';
import { catalogueFixture, insertRoadmap } from './roadmaps-fixtures';
import type { TestApp } from './test-app';

/**
 * Pilot-application rows for the worker-side tests (notifications, SLA clocks, documents): a campaign, applications
 * and snapshots inserted with SQL, and transitions recorded exactly as the applications module records them — the
 * `decide()` of libs/domain gives the effects; the application row, the append-only transition row and the outbox
 * job `applications.transition-recorded` are written in ONE transaction.
 */
export type TransitionWorld = {
  ministry: Organization;
  region: Organization;
  city: Organization;
  lead: User;
  regionalReviewer: User;
  ministryReviewer: User;
  coordinator: User;
  campaignId: string;
  roadmapId: string;
};

export async function transitionWorld(t: TestApp): Promise<TransitionWorld> {
  const ministry = await t.organization('ministry');
  const { region, city } = await t.regionWithCity();
  const lead = await t.member(city, 'municipal_lead');
  const regionalReviewer = await t.member(region, 'regional_coordinator');
  const ministryReviewer = await t.member(ministry, 'ministry_reviewer', { locale: 'en' });
  const coordinator = await t.member(ministry, 'programme_coordinator');
  const catalogue = await catalogueFixture(t.dataSource);
  const { roadmap } = await insertRoadmap(t.dataSource, city, lead.id, catalogue.frameworkId);
  const campaignId = await insertCampaign(t.dataSource, coordinator.id);
  return {
    ministry,
    region,
    city,
    lead,
    regionalReviewer,
    ministryReviewer,
    coordinator,
    campaignId,
    roadmapId: roadmap.id,
  };
}

export async function insertCampaign(
  dataSource: DataSource,
  createdBy: string,
  stages: { stage: ReviewStage; slaDays: number }[] = [
    { stage: 'regional', slaDays: 10 },
    { stage: 'ministry', slaDays: 15 },
  ],
): Promise<string> {
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO campaigns (title, status, opens_at, closes_at, eligibility, criteria, stages, created_by)
     VALUES ('Пилотный отбор 2019', 'open', now() - interval '30 days', now() + interval '30 days',
             '{"populationThreshold":100000,"regionalCapitalEligible":true,"requireNoComplianceErrors":true,"minCoveragePercent":null}',
             '[{"code":"C1","title":"Критерий","guidance":null}]', $1, $2)
     RETURNING id`,
    [JSON.stringify(stages), createdBy],
  );
  return row.id;
}

export type ApplicationHandle = {
  id: string;
  municipalityId: string;
  status: ApplicationStatus;
  currentStage: ReviewStage | null;
  revision: number;
  snapshots: { id: string; hash: string }[];
};

export async function insertApplication(
  dataSource: DataSource,
  world: { campaignId: string; roadmapId: string; city: Organization; lead: User },
): Promise<ApplicationHandle> {
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO applications (campaign_id, municipality_id, roadmap_id, prefill, created_by)
     VALUES ($1, $2, $3, '{}', $4) RETURNING id`,
    [world.campaignId, world.city.id, world.roadmapId, world.lead.id],
  );
  return {
    id: row.id,
    municipalityId: world.city.id,
    status: 'draft',
    currentStage: null,
    revision: 1,
    snapshots: [],
  };
}

/** A frozen snapshot with a real SHA-256 of its canonical JSON. */
export async function insertSnapshot(
  manager: EntityManager,
  application: ApplicationHandle,
  createdBy: string,
  itemTitle: string,
): Promise<{ id: string; hash: string }> {
  const content = {
    roadmap: {
      roadmap: { title: 'Дорожная карта цифровизации', periodStartYear: 2019, periodEndYear: 2024 },
      problems: [{ title: 'Пробки в часы пик' }],
      items: [
        {
          title: itemTitle,
          startMonth: '2019-06',
          endMonth: '2020-12',
          responsibleUnit: 'Управление информатизации',
          budgetLines: [{ year: 2019, source: 'municipal', planned: '1250000.00', actual: null }],
        },
      ],
      coverage: [],
    },
    compliance: { score: 91, findings: [] },
    eligibility: [{ rule: 'population_or_capital', passed: true, reason: 'ok', params: {} }],
    itemHashes: {},
  };
  const hash = createHash('sha256').update(canonicalJson(content)).digest('hex');
  const [row] = await manager.query<{ id: string }[]>(
    `INSERT INTO application_snapshots (application_id, sequence, roadmap_revision, content, content_hash,
       compliance_score, error_count, created_by)
     VALUES ($1, $2, 1, $3, $4, 91, 0, $5) RETURNING id`,
    [application.id, application.snapshots.length + 1, JSON.stringify(content), hash, createdBy],
  );
  const snapshot = { id: row.id, hash };
  application.snapshots.push(snapshot);
  return snapshot;
}

/** A scope holding `role` in `organization`, as the workflow sees a user actor. */
export function actorOf(user: User, organization: Organization, role: Role): WorkflowActor {
  return {
    kind: 'user',
    userId: user.id,
    memberships: [
      {
        role,
        organization: { id: organization.id, kind: organization.kind, parentId: organization.parentId },
      },
    ],
  };
}

export type RecordOptions = {
  reasons?: string[];
  /** When the transition happened (default: now); SLA clocks count from it. */
  occurredAt?: Date;
  /** Item title of the snapshot a submit/resubmit freezes. */
  itemTitle?: string;
};

/**
 * Takes `transition` through the real `decide()` and records it like the applications service: state, transition
 * row, outbox job. Reviewers are assigned (as `assign_reviewers` would) before the stage starts. Returns the
 * transition id; follows up with the system's automatic transition when the workflow names one.
 */
export async function recordTransition(
  dataSource: DataSource,
  world: TransitionWorld,
  application: ApplicationHandle,
  transition: ApplicationTransition,
  actor: WorkflowActor,
  options: RecordOptions = {},
): Promise<string> {
  const [municipality] = await dataSource.query<{ parent_id: string | null }[]>(
    `SELECT parent_id FROM organizations WHERE id = $1`,
    [application.municipalityId],
  );
  const context: WorkflowContext = {
    municipality: { id: application.municipalityId, kind: 'municipality', parentId: municipality.parent_id },
    now: (options.occurredAt ?? new Date()).toISOString(),
    campaign: {
      status: 'open',
      opensAt: new Date(Date.now() - 400 * 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
    currentStage: application.currentStage,
    stageReviewerIds: [world.regionalReviewer.id, world.ministryReviewer.id],
    checklist: { criteria: 1, answered: 1, notMet: [] },
    eligibility: { eligible: true, checks: [], errors: [] },
    reasons: options.reasons ?? [],
    agreement: {
      number: 'С-1',
      signedOn: '2019-12-01',
      signatories: [
        { party: 'ministry', name: 'Министр' },
        { party: 'region', name: 'Губернатор' },
        { party: 'municipality', name: 'Глава' },
      ],
      hasFile: true,
    },
  };
  const decision = decide(application.status, transition, actor, context);
  if (!decision.ok) throw new Error(`${transition} refused: ${decision.reason}`);
  const id = await dataSource.transaction(async (manager) => {
    const snapshot = decision.effects.some((e) => e.kind === 'freeze_snapshot')
      ? await insertSnapshot(
          manager,
          application,
          actor.kind === 'user' ? actor.userId : world.lead.id,
          options.itemTitle ?? 'Платформа вовлечения граждан',
        )
      : null;
    for (const effect of decision.effects) {
      if (effect.kind !== 'assign_reviewers') continue;
      const reviewer = effect.stage === 'regional' ? world.regionalReviewer : world.ministryReviewer;
      await manager.query(
        `INSERT INTO application_reviewers (application_id, stage, user_id, assignment)
         VALUES ($1, $2, $3, 'auto') ON CONFLICT DO NOTHING`,
        [application.id, effect.stage, reviewer.id],
      );
    }
    application.revision += 1;
    application.status = decision.next;
    application.currentStage = decision.nextStage;
    await manager.query(
      `UPDATE applications SET status = $2, current_stage = $3, revision = $4,
         submitted_at = coalesce(submitted_at, CASE WHEN $2 = 'submitted' THEN now() END) WHERE id = $1`,
      [application.id, application.status, application.currentStage, application.revision],
    );
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO application_transitions (application_id, transition, from_status, to_status, stage, actor_user_id,
         reasons, effects, snapshot_id, application_revision, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        application.id,
        transition,
        decision.from,
        decision.next,
        decision.stage,
        actor.kind === 'user' ? actor.userId : null,
        JSON.stringify(options.reasons ?? []),
        JSON.stringify(decision.effects),
        snapshot?.id ?? null,
        application.revision,
        options.occurredAt ?? new Date(),
      ],
    );
    await new OutboxPublisher().publish(manager, 'applications.transition-recorded', {
      v: 1,
      transitionId: row.id,
    });
    return row.id;
  });
  const follow =
    decision.next === 'submitted'
      ? 'begin_regional_review'
      : decision.next === 'resubmitted'
        ? application.currentStage === 'regional'
          ? 'resume_regional_review'
          : 'resume_ministry_review'
        : null;
  if (follow) await recordTransition(dataSource, world, application, follow, { kind: 'system' }, options);
  return id;
}
