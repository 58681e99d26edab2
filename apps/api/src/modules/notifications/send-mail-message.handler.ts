import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@smartcity/contracts';

import { HandlesJob, PermanentJobError, type JobHandler } from '../../queue/job-handler';
import { MailDeliveryService } from './mail-delivery.service';

@Injectable()
@HandlesJob('mail.send-message')
export class SendMailMessageHandler implements JobHandler<'mail.send-message'> {
  constructor(private readonly delivery: MailDeliveryService) {}

  async handle(payload: JobPayloads['mail.send-message']): Promise<void> {
    if (!(await this.delivery.deliver(payload.messageId))) {
      throw new PermanentJobError(`Mail message ${payload.messageId} does not exist`);
    }
  }
}
