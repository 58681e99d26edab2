import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@smartcity/contracts';

import { AppException } from './app.exception';

/** Flattens class-validator's tree into `field: reason` pairs with dotted paths (`items.0.title`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, reason]) => ({
      field,
      reason: constraint === 'whitelistValidation' ? `${field} is not an allowed field` : reason,
      constraint,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Global validation: strip nothing silently — unknown fields are refused, types are converted explicitly. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    // One reason per field: the first rule it breaks, which is the one a person must fix first.
    stopAtFirstError: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppException.validation(flattenValidationErrors(errors)),
  });
}
