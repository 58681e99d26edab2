import { ConfigValidationError, loadConfig } from './config/env.config';
import { JobRegistryError } from './queue/job-registry.service';

/**
 * Validates configuration before Nest starts and turns start-up failures into one clear JSON log line and a
 * non-zero exit, instead of a stack trace.
 */
export function runOrExplain(processName: string, start: () => Promise<void>): void {
  const fail = (message: string, extra: Record<string, unknown> = {}) => {
    process.stderr.write(
      `${JSON.stringify({ level: 'fatal', process: processName, msg: message, ...extra })}\n`,
    );
    process.exit(1);
  };
  try {
    loadConfig();
  } catch (error) {
    if (error instanceof ConfigValidationError) fail(error.message);
    throw error;
  }
  start().catch((error: Error) => {
    if (error instanceof JobRegistryError) fail(error.message);
    fail(`Failed to start: ${error.message}`, { stack: error.stack });
  });
}
