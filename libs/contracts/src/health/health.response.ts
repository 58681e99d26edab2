import { Type } from 'class-transformer';
import { IsIn, IsString, ValidateNested } from 'class-validator';

export class HealthChecksResponse {
  @IsIn(['up', 'down']) database!: 'up' | 'down';
  @IsIn(['up', 'down']) redis!: 'up' | 'down';
}

export class HealthResponse {
  /** `ok` when every dependency answers, `degraded` otherwise (HTTP 503). */
  @IsIn(['ok', 'degraded']) status!: 'ok' | 'degraded';
  @ValidateNested() @Type(() => HealthChecksResponse) checks!: HealthChecksResponse;
  @IsString() version!: string;
}
