import { Injectable } from '@nestjs/common';

/** The current time, injected so SLA logic can be tested with controlled time. */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
