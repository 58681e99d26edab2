import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOB_NAMES, type JobName } from '@smartcity/contracts';

import { JOB_HANDLER, type JobHandler } from './job-handler';

export class JobRegistryError extends Error {}

type AnyHandler = JobHandler<JobName>;

/** Finds every @HandlesJob provider and checks that each job name in contracts has exactly one. */
@Injectable()
export class JobRegistry {
  constructor(private readonly discovery: DiscoveryService) {}

  resolve(): Map<JobName, AnyHandler> {
    const found = new Map<JobName, string[]>();
    const handlers = new Map<JobName, AnyHandler>();
    for (const wrapper of this.discovery.getProviders()) {
      const metatype = wrapper.metatype as { name: string } | null;
      const instance = wrapper.instance as unknown;
      if (!metatype || !instance) continue;
      const name = Reflect.getMetadata(JOB_HANDLER, metatype) as JobName | undefined;
      if (!name) continue;
      found.set(name, [...(found.get(name) ?? []), metatype.name]);
      handlers.set(name, instance as AnyHandler);
    }
    verifyHandlers(found, JOB_NAMES);
    return handlers;
  }
}

/** Throws a message listing every job without a handler and every job with more than one. */
export function verifyHandlers(found: Map<string, string[]>, expected: readonly string[]): void {
  const problems: string[] = [];
  for (const name of expected) {
    const owners = found.get(name) ?? [];
    if (owners.length === 0) problems.push(`job "${name}" has no handler`);
    if (owners.length > 1) problems.push(`job "${name}" has ${owners.length} handlers: ${owners.join(', ')}`);
  }
  for (const name of found.keys()) {
    if (!expected.includes(name)) problems.push(`handler for unknown job "${name}"`);
  }
  if (problems.length > 0) throw new JobRegistryError(`Refusing to start the worker: ${problems.join('; ')}`);
}
