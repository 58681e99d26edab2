import { Injectable } from '@nestjs/common';
import type { AccessScope, ReviewStage } from '@smartcity/domain';
import { organizationFilter } from '@smartcity/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { SlaClock } from './sla-clock.entity';
import type { ClockState } from './sla-clock-math';

export type SlaBoardRow = {
  clock: SlaClock;
  campaignTitle: string;
  municipalityRu: string;
  municipalityEn: string;
};

export function clockState(clock: SlaClock): ClockState {
  return {
    status: clock.status,
    slaDays: clock.slaDays,
    elapsedMs: Number(clock.elapsedMs),
    runningSince: clock.runningSince,
    reminderSentAt: clock.reminderSentAt,
    overdueAt: clock.overdueAt,
  };
}

/** SLA clocks. Worker-side methods take the job's transaction; the board query takes the caller's scope. */
@Injectable()
export class SlaClocksRepository {
  constructor(private readonly dataSource: DataSource) {}

  findForUpdate(manager: EntityManager, applicationId: string, stage: ReviewStage): Promise<SlaClock | null> {
    return manager
      .getRepository(SlaClock)
      .findOne({ where: { applicationId, stage }, lock: { mode: 'pessimistic_write' } });
  }

  findByIdForUpdate(manager: EntityManager, id: string): Promise<SlaClock | null> {
    return manager.getRepository(SlaClock).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(manager: EntityManager, clock: Partial<SlaClock>): Promise<SlaClock> {
    const repo = manager.getRepository(SlaClock);
    return repo.save(repo.create(clock));
  }

  async update(manager: EntityManager, id: string, changes: Partial<SlaClock>): Promise<void> {
    await manager.getRepository(SlaClock).update({ id }, { ...changes, updatedAt: new Date() });
  }

  listRunningIds(): Promise<string[]> {
    return this.dataSource
      .getRepository(SlaClock)
      .find({ select: { id: true }, where: { status: 'running' } })
      .then((rows) => rows.map((r) => r.id));
  }

  /**
   * Open clocks (running or paused) of applications still in review or back with the municipality, within what
   * `applications.monitor` reaches for the caller: everything, or the caller's municipalities and regions.
   */
  async listOpen(scope: AccessScope): Promise<SlaBoardRow[]> {
    const filter = organizationFilter(scope, 'applications.monitor');
    const query = this.dataSource
      .getRepository(SlaClock)
      .createQueryBuilder('c')
      .innerJoin('applications', 'a', 'a.id = c.application_id')
      .innerJoin('campaigns', 'k', 'k.id = a.campaign_id')
      .innerJoin('organizations', 'm', 'm.id = c.municipality_id')
      .addSelect([
        'k.title AS campaign_title',
        'm.name_ru AS municipality_ru',
        'm.name_en AS municipality_en',
      ])
      .where(`c.status <> 'stopped'`)
      .andWhere(`a.status IN ('regional_review', 'ministry_review', 'changes_requested', 'resubmitted')`);
    if (!filter.all) {
      if (filter.organizationIds.length === 0 && filter.regionIds.length === 0) return [];
      query.andWhere('(c.municipality_id = ANY(:organizationIds) OR c.region_id = ANY(:regionIds))', {
        organizationIds: filter.organizationIds,
        regionIds: filter.regionIds,
      });
    }
    const { entities, raw } = await query.orderBy('c.started_at', 'ASC').getRawAndEntities<{
      campaign_title: string;
      municipality_ru: string;
      municipality_en: string;
    }>();
    return entities.map((clock, i) => ({
      clock,
      campaignTitle: raw[i].campaign_title,
      municipalityRu: raw[i].municipality_ru,
      municipalityEn: raw[i].municipality_en,
    }));
  }
}
