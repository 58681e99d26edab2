import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotificationPreferencesResponse, UpdateNotificationPreferencesDto } from '@smartcity/contracts';

import { CurrentAuth, SignedIn } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import type { RequestAuth } from '../../common/authenticated-request';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('notifications')
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly service: NotificationPreferencesService) {}

  @Get()
  @SignedIn()
  @ApiContract({
    summary: "The caller's notification settings per kind and channel (in-app, e-mail)",
    response: NotificationPreferencesResponse,
  })
  get(@CurrentAuth() auth: RequestAuth): Promise<NotificationPreferencesResponse> {
    return this.service.get(auth.userId);
  }

  @Put()
  @SignedIn()
  @ApiContract({
    summary: "Change the caller's notification settings for the kinds listed",
    body: UpdateNotificationPreferencesDto,
    response: NotificationPreferencesResponse,
  })
  update(
    @CurrentAuth() auth: RequestAuth,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesResponse> {
    return this.service.update(auth.userId, body.items);
  }
}
