import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** Present-or-absent: `undefined` leaves the field unchanged, but `null` is refused (the field is required). */
export const OptionalNotNull = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** Nullable and optional: `undefined` leaves the field unchanged, `null` clears it. */
export const OptionalNullable = () =>
  ValidateIf((_: object, value: unknown) => value !== undefined && value !== null);

/** Query-string integers (`?revision=3`) arrive as text; only plain digit strings become numbers. */
export const QueryInt = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value,
  );
