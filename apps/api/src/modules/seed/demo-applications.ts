import {
  canonicalJson,
  checkEligibility,
  DEFAULT_ELIGIBILITY_RULES,
  effectsOf,
  evaluate,
  itemContentText,
  type ApplicationStatus,
  type ApplicationTransition,
  type ReviewStage,
} from '@smartcity/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

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
  type CampaignCriterion,
} from '../applications/application.entities';
import { buildPrefill, complianceErrors } from '../applications/application-roadmap.loader';
import { AuditService } from '../audit/audit.service';
import { ComplianceInputsLoader } from '../compliance/compliance-inputs.loader';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';
import { Roadmap } from '../roadmaps/roadmap.entity';
import { newStorageKey, type FileStorage } from '../roadmaps/storage/file-storage';
import { DEMO_ORGANIZATIONS } from './demo-data';
import { DEMO_ROADMAPS } from './demo-roadmaps';

const audit = new AuditService();
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export const DEMO_CAMPAIGN_TITLE = 'Пилотный отбор городов «Умный город» 2019';

const CRITERIA: CampaignCriterion[] = [
  {
    code: 'K1',
    title: 'Анализ наиболее острых проблем города',
    guidance: 'Каждое собственное мероприятие опирается на проблему, подтверждённую данными',
  },
  {
    code: 'K2',
    title: 'Базовые мероприятия стандарта',
    guidance: 'Все применимые базовые мероприятия запланированы до 2024 года или внедрены',
  },
  {
    code: 'K3',
    title: 'Бюджет и источники финансирования',
    guidance: 'По каждому мероприятию — годы и источники',
  },
  {
    code: 'K4',
    title: 'Целевые показатели',
    guidance: 'Для мероприятий заданы KPI с базовым и целевым значением',
  },
];

type Step = {
  transition: ApplicationTransition;
  at: string;
  actor: 'lead' | 'regional' | 'reviewer' | 'coordinator' | null;
  stage: ReviewStage | null;
  to: ApplicationStatus;
  from: ApplicationStatus;
  reasons?: string[];
};

type DemoApplication = {
  city: 'kaluga' | 'obninsk' | 'kostroma';
  region: 'kaluga-region' | 'kostroma-region';
  status: ApplicationStatus;
  currentStage: ReviewStage | null;
  steps: Step[];
  /** Roadmap status after the story (the workflow owns `submitted` / `approved`). */
  roadmapStatus: 'approved' | 'draft';
  comment?: { itemIndex: number; body: string };
  agreement?: { number: string; signedOn: string };
};

const submitted = (at: string): Step[] => [
  { transition: 'submit', at, actor: 'lead', stage: null, from: 'draft', to: 'submitted' },
  {
    transition: 'begin_regional_review',
    at,
    actor: null,
    stage: null,
    from: 'submitted',
    to: 'regional_review',
  },
];

/** DESIGN §6 / issue 6: Kaluga approved with a signed agreement, Obninsk approved, Kostroma returned for changes. */
const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    city: 'kaluga',
    region: 'kaluga-region',
    status: 'agreement_signed',
    currentStage: null,
    roadmapStatus: 'approved',
    steps: [
      ...submitted('2019-05-06T09:30:00Z'),
      {
        transition: 'pass_regional_review',
        at: '2019-05-14T15:00:00Z',
        actor: 'regional',
        stage: 'regional',
        from: 'regional_review',
        to: 'ministry_review',
      },
      {
        transition: 'approve',
        at: '2019-06-03T11:00:00Z',
        actor: 'reviewer',
        stage: 'ministry',
        from: 'ministry_review',
        to: 'approved',
      },
      {
        transition: 'sign_agreement',
        at: '2019-07-01T10:00:00Z',
        actor: 'coordinator',
        stage: null,
        from: 'approved',
        to: 'agreement_signed',
      },
    ],
    agreement: { number: 'СГ-01/2019', signedOn: '2019-07-01' },
  },
  {
    city: 'obninsk',
    region: 'kaluga-region',
    status: 'approved',
    currentStage: null,
    roadmapStatus: 'approved',
    steps: [
      ...submitted('2019-05-20T08:45:00Z'),
      {
        transition: 'pass_regional_review',
        at: '2019-05-28T13:20:00Z',
        actor: 'regional',
        stage: 'regional',
        from: 'regional_review',
        to: 'ministry_review',
      },
      {
        transition: 'approve',
        at: '2019-06-17T16:40:00Z',
        actor: 'reviewer',
        stage: 'ministry',
        from: 'ministry_review',
        to: 'approved',
      },
    ],
  },
  {
    city: 'kostroma',
    region: 'kostroma-region',
    status: 'changes_requested',
    currentStage: 'regional',
    roadmapStatus: 'draft',
    steps: [
      ...submitted('2019-06-10T07:15:00Z'),
      {
        transition: 'request_changes',
        at: '2019-06-18T12:00:00Z',
        actor: 'regional',
        stage: 'regional',
        from: 'regional_review',
        to: 'changes_requested',
        reasons: ['Для ситуационного центра не указаны источники финансирования и целевые показатели'],
      },
    ],
    comment: {
      itemIndex: 0,
      body: 'Укажите источники финансирования по годам и KPI ситуационного центра — без них критерии К3 и К4 не выполнены',
    },
  },
];

/** A one-page PDF (ASCII text, valid cross-reference table) standing in for the scanned demo agreement. */
function demoAgreementPdf(number: string): Buffer {
  const text = `Pilot agreement ${number.replace(/[^\x20-\x7e]/g, '')} (demo scan)`;
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function userId(manager: EntityManager, email: string): Promise<string | null> {
  return (await manager.getRepository(User).findOneBy({ email }))?.id ?? null;
}

async function upsertCampaign(manager: EntityManager, coordinatorId: string): Promise<Campaign> {
  const repo = manager.getRepository(Campaign);
  const existing = await repo.findOneBy({ title: DEMO_CAMPAIGN_TITLE });
  if (existing) return existing;
  const campaign = await repo.save(
    repo.create({
      title: DEMO_CAMPAIGN_TITLE,
      description:
        'Первый отбор пилотных городов по стандарту «Умный город» (утверждён 4 марта 2019 года): дорожная карта ' +
        'цифровизации с базовыми и дополнительными мероприятиями и анализом проблем города.',
      status: 'closed',
      opensAt: new Date('2019-04-01T00:00:00Z'),
      closesAt: new Date('2019-06-30T21:00:00Z'),
      eligibility: { ...DEFAULT_ELIGIBILITY_RULES },
      criteria: CRITERIA,
      stages: [
        { stage: 'regional', slaDays: 10 },
        { stage: 'ministry', slaDays: 20 },
      ],
      revision: 3,
      publishedAt: new Date('2019-04-01T00:00:00Z'),
      createdBy: coordinatorId,
      createdAt: new Date('2019-03-20T00:00:00Z'),
      updatedAt: new Date('2019-07-01T00:00:00Z'),
    }),
  );
  await audit.record(manager, {
    actorUserId: null,
    organizationId: null,
    action: 'campaigns.seeded',
    entityType: 'campaign',
    entityId: campaign.id,
    after: { title: campaign.title, status: campaign.status },
  });
  return campaign;
}

/**
 * The 2019 pilot campaign and its three applications, as the workflow would have left them: snapshots frozen from
 * the demo roadmaps (real compliance report and SHA-256), the transition history with the workflow's effects,
 * reviewers, checklist answers, accepted items, Kostroma's item comment and Kaluga's agreement (its PDF is stored
 * when a FileStorage is given). History only: no outbox jobs, so nobody is notified about 2019 again. Idempotent by
 * (campaign title) and (campaign, municipality). Returns how many applications it created.
 */
export async function seedDemoApplications(manager: EntityManager, storage?: FileStorage): Promise<number> {
  const people = {
    reviewer: await userId(manager, 'reviewer@minstroy.demo'),
    coordinator: await userId(manager, 'coordinator@minstroy.demo'),
  };
  if (!people.reviewer || !people.coordinator) return 0;
  const campaign = await upsertCampaign(manager, people.coordinator);
  const loader = new ComplianceInputsLoader();
  let created = 0;
  for (const demo of DEMO_APPLICATIONS) {
    const orgOf = (key: string) => DEMO_ORGANIZATIONS.find((o) => o.key === key)!;
    const city = await manager
      .getRepository(Organization)
      .findOneBy({ kind: 'municipality', nameRu: orgOf(demo.city).nameRu });
    const period = DEMO_ROADMAPS.find((r) => r.city === demo.city)!;
    const roadmap = city
      ? await manager.getRepository(Roadmap).findOneBy({
          municipalityId: city.id,
          periodStartYear: period.start,
          periodEndYear: period.end,
        })
      : null;
    const lead = await userId(manager, `lead@${demo.city}.demo`);
    const regional = await userId(manager, `coordinator@${demo.region}.demo`);
    if (!city || !roadmap || !lead || !regional) continue;
    if (
      await manager.getRepository(Application).existsBy({ campaignId: campaign.id, municipalityId: city.id })
    ) {
      continue;
    }
    const actors = { lead, regional, reviewer: people.reviewer, coordinator: people.coordinator };

    const [loaded] = await loader.load(manager, [roadmap.id]);
    const submittedAt = demo.steps[0].at;
    const report = evaluate(
      loaded.input.roadmap,
      loaded.input.framework,
      loaded.input.municipality,
      submittedAt.slice(0, 10),
    );
    const eligibility = checkEligibility(campaign.eligibility, {
      municipality: { population: city.population, isRegionalCapital: city.isRegionalCapital },
      compliance: { errors: complianceErrors(report), coverageRatio: report.coverageRatio },
    });
    const itemHashes = Object.fromEntries(
      loaded.document.items.map((i) => [i.id, sha256(itemContentText(i))]),
    );
    const content = JSON.parse(
      JSON.stringify({
        roadmap: loaded.document,
        compliance: report,
        eligibility: eligibility.checks,
        itemHashes,
      }),
    ) as ApplicationSnapshot['content'];

    const application = await manager.getRepository(Application).save(
      manager.getRepository(Application).create({
        campaignId: campaign.id,
        municipalityId: city.id,
        roadmapId: roadmap.id,
        status: demo.status,
        currentStage: demo.currentStage,
        revision: 1 + demo.steps.length,
        prefill: buildPrefill(loaded.document, loaded.frameworkTree),
        submittedAt: new Date(submittedAt),
        createdBy: lead,
        createdAt: new Date(submittedAt),
        updatedAt: new Date(demo.steps.at(-1)!.at),
      }),
    );
    const snapshot = await manager.getRepository(ApplicationSnapshot).save(
      manager.getRepository(ApplicationSnapshot).create({
        applicationId: application.id,
        sequence: 1,
        roadmapRevision: roadmap.revision,
        content,
        contentHash: sha256(canonicalJson(content)),
        complianceScore: report.score,
        errorCount: report.counts.error,
        createdBy: lead,
        createdAt: new Date(submittedAt),
      }),
    );
    for (const stage of ['regional', 'ministry'] as const) {
      const reached = demo.steps.some(
        (s) => s.to === (stage === 'regional' ? 'regional_review' : 'ministry_review'),
      );
      if (!reached) continue;
      await manager.getRepository(ApplicationReviewer).insert({
        applicationId: application.id,
        stage,
        userId: stage === 'regional' ? regional : people.reviewer,
        assignment: 'auto',
      });
      const decision = demo.steps.find((s) => s.stage === stage && s.actor !== null);
      if (!decision) continue;
      await manager.getRepository(ApplicationChecklistAnswer).insert(
        CRITERIA.map((c) => ({
          applicationId: application.id,
          stage,
          criterionCode: c.code,
          verdict:
            decision.transition === 'request_changes' && c.code >= 'K3'
              ? ('not_met' as const)
              : ('met' as const),
          comment: null,
          answeredBy: actors[decision.actor!],
          answeredAt: new Date(decision.at),
        })),
      );
    }
    if (demo.status !== 'changes_requested') {
      await manager.getRepository(ApplicationItemAcceptance).insert(
        Object.entries(itemHashes).map(([itemId, contentHash]) => ({
          snapshotId: snapshot.id,
          itemId,
          applicationId: application.id,
          contentHash,
          acceptedBy: regional,
          acceptedAt: new Date(demo.steps[2].at),
          carriedOver: false,
        })),
      );
    }
    if (demo.comment) {
      const item = loaded.document.items[demo.comment.itemIndex];
      const step = demo.steps.find((s) => s.transition === 'request_changes')!;
      await manager.getRepository(ApplicationComment).insert({
        applicationId: application.id,
        snapshotId: snapshot.id,
        stage: step.stage,
        itemId: item.id,
        itemTitle: item.title,
        body: demo.comment.body,
        authorId: actors[step.actor!],
        createdAt: new Date(step.at),
      });
    }
    if (demo.agreement) {
      const pdf = demoAgreementPdf(demo.agreement.number);
      const storageKey = newStorageKey('agreements', new Date(`${demo.agreement.signedOn}T00:00:00Z`));
      if (storage) await storage.put(storageKey, pdf, 'application/pdf');
      const file = await manager.getRepository(ApplicationFile).save(
        manager.getRepository(ApplicationFile).create({
          applicationId: application.id,
          storageKey,
          fileName: `Соглашение ${demo.agreement.number.replace('/', '-')}.pdf`,
          contentType: 'application/pdf',
          size: pdf.length,
          sha256: sha256(pdf),
          uploadedBy: people.coordinator,
        }),
      );
      await manager.getRepository(ApplicationAgreement).insert({
        applicationId: application.id,
        number: demo.agreement.number,
        signedOn: demo.agreement.signedOn,
        signatories: [
          {
            party: 'ministry',
            name: 'Министерство строительства и ЖКХ РФ',
            position: 'Заместитель министра',
          },
          { party: 'region', name: orgOf(demo.region).nameRu, position: 'Губернатор' },
          { party: 'municipality', name: orgOf(demo.city).nameRu, position: 'Городской Голова' },
        ],
        fileId: file.id,
        recordedBy: people.coordinator,
      });
    }
    let revision = 1;
    for (const step of demo.steps) {
      revision += 1;
      await manager.getRepository(ApplicationTransitionRecord).insert({
        applicationId: application.id,
        transition: step.transition,
        fromStatus: step.from,
        toStatus: step.to,
        stage: step.stage,
        actorUserId: step.actor ? actors[step.actor] : null,
        reasons: step.reasons ?? [],
        effects: effectsOf(step.transition, step.stage),
        snapshotId: step.transition === 'submit' ? snapshot.id : null,
        applicationRevision: revision,
        occurredAt: new Date(step.at),
      });
    }
    await manager
      .getRepository(Roadmap)
      .update({ id: roadmap.id }, { status: demo.roadmapStatus, revision: roadmap.revision + 1 });
    await audit.record(manager, {
      actorUserId: null,
      organizationId: city.id,
      action: 'applications.seeded',
      entityType: 'application',
      entityId: application.id,
      after: { campaignId: campaign.id, status: demo.status, snapshotHash: snapshot.contentHash },
    });
    created += 1;
  }
  return created;
}
