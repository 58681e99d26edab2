import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

import { ACCESS_POLICY, type AccessPolicy } from '../src/common/access.decorators';
import { API_PREFIX } from '../src/http-app';

export type Route = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path with the global prefix, e.g. `/api/v1/organizations/:orgId/members`. */
  path: string;
  handler: string;
  policy: AccessPolicy | undefined;
};

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every route of the running application with its declared access policy, read from controller metadata. */
export function routeTable(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        routes.push({
          method: RequestMethod[method].toLowerCase() as Route['method'],
          path: join(API_PREFIX, base, path),
          handler: `${controller.name}.${name}`,
          policy:
            (Reflect.getMetadata(ACCESS_POLICY, handler) as AccessPolicy | undefined) ??
            (Reflect.getMetadata(ACCESS_POLICY, controller) as AccessPolicy | undefined),
        });
      }
    }
  }
  return routes;
}

/** Fills `:param` placeholders from a map; every placeholder must be known. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`No test value for route parameter :${key} in ${path}`);
    return value;
  });
}
