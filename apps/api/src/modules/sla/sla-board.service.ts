import { Injectable } from '@nestjs/common';
import { REVIEW_STAGES, type AccessScope } from '@smartcity/domain';
import type { SlaBoardItem, SlaBoardResponse } from '@smartcity/contracts';

import { Clock } from './clock';
import { DAY_MS, dueAt, remainingMsAt, toDays } from './sla-clock-math';
import { clockState, SlaClocksRepository } from './sla-clocks.repository';

/** The SLA board: every open clock the caller may see, per stage, most urgent first. */
@Injectable()
export class SlaBoardService {
  constructor(
    private readonly clocks: SlaClocksRepository,
    private readonly clock: Clock,
  ) {}

  async board(scope: AccessScope): Promise<SlaBoardResponse> {
    const now = this.clock.now();
    const rows = await this.clocks.listOpen(scope);
    const items: SlaBoardItem[] = rows.map(({ clock, campaignTitle, municipalityRu, municipalityEn }) => {
      const state = clockState(clock);
      const remaining = remainingMsAt(state, now);
      const due = dueAt(state, now);
      return {
        clockId: clock.id,
        applicationId: clock.applicationId,
        stage: clock.stage,
        municipalityId: clock.municipalityId,
        municipalityRu,
        municipalityEn,
        regionId: clock.regionId,
        campaignTitle,
        slaDays: clock.slaDays,
        startedAt: clock.startedAt.toISOString(),
        dueAt: due ? due.toISOString() : null,
        remainingDays: toDays(remaining),
        overdueDays: remaining < 0 ? Math.floor(-remaining / DAY_MS) : 0,
        isPaused: clock.status === 'paused',
        isOverdue: remaining <= 0 || clock.overdueAt !== null,
        reminderSent: clock.reminderSentAt !== null,
      };
    });
    return {
      asOf: now.toISOString(),
      stages: REVIEW_STAGES.map((stage) => ({
        stage,
        items: items
          .filter((i) => i.stage === stage)
          // Running clocks by time left (overdue first), then paused ones.
          .sort((a, b) => Number(a.isPaused) - Number(b.isPaused) || a.remainingDays - b.remainingDays),
      })),
    };
  }
}
