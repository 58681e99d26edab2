import { Injectable } from '@nestjs/common';
import type {
  CampaignListResponse,
  CampaignResponse,
  CampaignStageDto,
  CreateCampaignDto,
  FieldError,
  UpdateCampaignDto,
} from '@smartcity/contracts';
import { canAnywhere, REVIEW_STAGES, type AccessScope, type CampaignStatus } from '@smartcity/domain';
import { In, type EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import { TransactionRunner } from '../../database/transaction';
import { AuditService } from '../audit/audit.service';
import { staleWrite } from '../roadmaps/roadmap-writes';
import { Campaign } from './application.entities';
import { toCampaignResponse } from './applications.mapper';

type CampaignFields = Pick<CreateCampaignDto, 'opensAt' | 'closesAt' | 'criteria' | 'stages'>;

/** Field-level rules class-validator cannot express: window order, unique criteria, one stage of each kind. */
function checkCampaign(fields: CampaignFields): void {
  const errors: FieldError[] = [];
  if (Date.parse(fields.closesAt) <= Date.parse(fields.opensAt)) {
    errors.push({ field: 'closesAt', reason: 'closesAt must be after opensAt' });
  }
  const seen = new Set<string>();
  fields.criteria.forEach((c, i) => {
    if (seen.has(c.code))
      errors.push({ field: `criteria.${i}.code`, reason: `criterion code ${c.code} is used twice` });
    seen.add(c.code);
  });
  const stages = fields.stages.map((s: CampaignStageDto) => s.stage);
  if (stages.join(',') !== REVIEW_STAGES.join(',')) {
    errors.push({ field: 'stages', reason: 'stages must be the regional stage, then the ministry stage' });
  }
  if (errors.length > 0) throw AppException.validation(errors);
}

/** Pilot campaigns: the ministry drafts, opens and closes them; everyone who applies or reviews reads them. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Managers see drafts too; everyone else open and closed campaigns. */
  private visibleStatuses(scope: AccessScope): CampaignStatus[] {
    return canAnywhere(scope, 'campaigns.manage') ? ['draft', 'open', 'closed'] : ['open', 'closed'];
  }

  async list(scope: AccessScope): Promise<CampaignListResponse> {
    const campaigns = await this.tx.run((manager) =>
      manager.getRepository(Campaign).find({
        where: { status: In(this.visibleStatuses(scope)) },
        order: { opensAt: 'DESC', createdAt: 'DESC' },
      }),
    );
    const now = new Date();
    return { items: campaigns.map((c) => toCampaignResponse(c, now)) };
  }

  async get(scope: AccessScope, campaignId: string): Promise<CampaignResponse> {
    return toCampaignResponse(await this.tx.run((manager) => this.require(scope, manager, campaignId)));
  }

  async create(scope: AccessScope, dto: CreateCampaignDto): Promise<CampaignResponse> {
    checkCampaign(dto);
    return this.tx.run(async (manager) => {
      const repo = manager.getRepository(Campaign);
      const campaign = await repo.save(
        repo.create({
          title: dto.title.trim(),
          description: dto.description ?? null,
          status: 'draft',
          opensAt: new Date(dto.opensAt),
          closesAt: new Date(dto.closesAt),
          eligibility: { ...dto.eligibility, minCoveragePercent: dto.eligibility.minCoveragePercent ?? null },
          criteria: dto.criteria.map((c) => ({
            code: c.code,
            title: c.title.trim(),
            guidance: c.guidance ?? null,
          })),
          stages: dto.stages.map((s) => ({ stage: s.stage, slaDays: s.slaDays })),
          createdBy: scope.userId,
        }),
      );
      const response = toCampaignResponse(campaign);
      await this.record(manager, scope, 'campaigns.created', campaign, null, response);
      return response;
    });
  }

  /** A draft changes freely; an open campaign may only move its closing date (e.g. extend the call). */
  async update(scope: AccessScope, campaignId: string, dto: UpdateCampaignDto): Promise<CampaignResponse> {
    const { revision, ...changes } = dto;
    return this.tx.run(async (manager) => {
      const current = await this.require(scope, manager, campaignId, true);
      if (current.revision !== revision) throw staleWrite('This campaign', toCampaignResponse(current));
      const touched = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined);
      if (
        current.status === 'closed' ||
        (current.status === 'open' && touched.some((k) => k !== 'closesAt'))
      ) {
        throw new AppException(
          'campaigns.locked',
          current.status === 'open'
            ? 'An open campaign can only change its closing date'
            : 'A closed campaign cannot be changed',
          { status: current.status, changed: touched },
        );
      }
      const merged: CampaignFields = {
        opensAt: changes.opensAt ?? current.opensAt.toISOString(),
        closesAt: changes.closesAt ?? current.closesAt.toISOString(),
        criteria: changes.criteria ?? current.criteria,
        stages: changes.stages ?? current.stages,
      };
      checkCampaign(merged);
      const before = toCampaignResponse(current);
      Object.assign(current, {
        ...(changes.title !== undefined ? { title: changes.title.trim() } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.eligibility
          ? {
              eligibility: {
                ...changes.eligibility,
                minCoveragePercent: changes.eligibility.minCoveragePercent ?? null,
              },
            }
          : {}),
        opensAt: new Date(merged.opensAt),
        closesAt: new Date(merged.closesAt),
        criteria: merged.criteria.map((c) => ({
          code: c.code,
          title: c.title,
          guidance: c.guidance ?? null,
        })),
        stages: merged.stages.map((s) => ({ stage: s.stage, slaDays: s.slaDays })),
        revision: current.revision + 1,
        updatedAt: new Date(),
      });
      const saved = await manager.getRepository(Campaign).save(current);
      const response = toCampaignResponse(saved);
      await this.record(manager, scope, 'campaigns.updated', saved, before, response);
      return response;
    });
  }

  publish(scope: AccessScope, campaignId: string, revision: number): Promise<CampaignResponse> {
    return this.setStatus(scope, campaignId, revision, 'draft', 'open');
  }

  close(scope: AccessScope, campaignId: string, revision: number): Promise<CampaignResponse> {
    return this.setStatus(scope, campaignId, revision, 'open', 'closed');
  }

  private async setStatus(
    scope: AccessScope,
    campaignId: string,
    revision: number,
    from: CampaignStatus,
    to: CampaignStatus,
  ): Promise<CampaignResponse> {
    return this.tx.run(async (manager) => {
      const current = await this.require(scope, manager, campaignId, true);
      if (current.revision !== revision) throw staleWrite('This campaign', toCampaignResponse(current));
      if (current.status !== from) {
        throw new AppException(
          'campaigns.locked',
          `Only a ${from} campaign can become ${to}; this one is ${current.status}`,
          {
            status: current.status,
          },
        );
      }
      const before = toCampaignResponse(current);
      Object.assign(current, {
        status: to,
        revision: current.revision + 1,
        updatedAt: new Date(),
        ...(to === 'open' ? { publishedAt: new Date() } : {}),
      });
      const saved = await manager.getRepository(Campaign).save(current);
      const response = toCampaignResponse(saved);
      await this.record(
        manager,
        scope,
        to === 'open' ? 'campaigns.published' : 'campaigns.closed',
        saved,
        before,
        response,
      );
      return response;
    });
  }

  private async require(scope: AccessScope, manager: EntityManager, campaignId: string, lock = false) {
    const campaign = isUuid(campaignId)
      ? await manager.getRepository(Campaign).findOne({
          where: { id: campaignId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!campaign || !this.visibleStatuses(scope).includes(campaign.status))
      throw AppException.notFound('Campaign');
    return campaign;
  }

  private record(
    manager: EntityManager,
    scope: AccessScope,
    action: string,
    campaign: Campaign,
    before: object | null,
    after: object,
  ) {
    return this.audit.record(manager, {
      actorUserId: scope.userId,
      organizationId: null,
      action,
      entityType: 'campaign',
      entityId: campaign.id,
      before,
      after,
    });
  }
}
