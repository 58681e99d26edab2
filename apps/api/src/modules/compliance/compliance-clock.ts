import { Injectable } from '@nestjs/common';

/** Today's date for assessments and snapshots, behind an injectable so specs can pin it. */
@Injectable()
export class ComplianceClock {
  /** `YYYY-MM-DD` in UTC. */
  today(): string {
    return new Date().toISOString().slice(0, 10);
  }
}
