import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { REVIEW_STAGES, type ReviewStage } from '@smartcity/domain';

/** One application's clock at one review stage, as of the board's `asOf`. */
export class SlaBoardItem {
  @IsUUID() clockId!: string;
  @IsUUID() applicationId!: string;
  @IsIn(REVIEW_STAGES) stage!: ReviewStage;
  @IsUUID() municipalityId!: string;
  @IsString() municipalityRu!: string;
  @IsString() municipalityEn!: string;
  @IsOptional() @IsUUID() regionId!: string | null;
  @IsString() campaignTitle!: string;
  @IsInt() slaDays!: number;
  @IsDateString() startedAt!: string;
  /** When the stage is due if the clock keeps running; null while paused (it moves when the clock resumes). */
  @IsOptional() @IsDateString() dueAt!: string | null;
  /** Days left (fractions rounded down to 0.1); negative when overdue. */
  @IsNumber() remainingDays!: number;
  /** Whole days past the due date; 0 when not overdue. */
  @IsInt() overdueDays!: number;
  /** The application is back with the municipality: the clock does not run. */
  @IsBoolean() isPaused!: boolean;
  @IsBoolean() isOverdue!: boolean;
  @IsBoolean() reminderSent!: boolean;
}

export class SlaBoardStage {
  @IsIn(REVIEW_STAGES) stage!: ReviewStage;
  @IsArray() @ValidateNested({ each: true }) @Type(() => SlaBoardItem) items!: SlaBoardItem[];
}

/** Open clocks (running or paused) per review stage, most urgent first; scoped to what the caller may read. */
export class SlaBoardResponse {
  @IsDateString() asOf!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => SlaBoardStage) stages!: SlaBoardStage[];
}
