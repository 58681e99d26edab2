import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AccessScope } from '@smartcity/domain';
import { SlaBoardResponse } from '@smartcity/contracts';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { SlaBoardService } from './sla-board.service';

@ApiTags('applications')
@Controller('sla')
export class SlaController {
  constructor(private readonly board: SlaBoardService) {}

  @Get('board')
  @RequirePermission('applications.monitor')
  @ApiContract({
    summary: 'Review SLA clocks per stage: due date, days left or overdue, paused (scoped to the caller)',
    response: SlaBoardResponse,
  })
  get(@Scope() scope: AccessScope): Promise<SlaBoardResponse> {
    return this.board.board(scope);
  }
}
