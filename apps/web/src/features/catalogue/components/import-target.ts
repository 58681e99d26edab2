import type { FrameworkKind } from '@smartcity/domain';

/** What the admin says the file is for: an existing framework (by code) or a new one of a kind. */
export type ImportTarget = { code: string | null; kind: FrameworkKind };

export const NEW_FRAMEWORK = 'new';

/** Kept in the wizard's URL (`?target=SC2019&kind=measures`), so a reload keeps the check. */
export function targetFromParams(params: URLSearchParams): ImportTarget | null {
  const target = params.get('target');
  const kind = params.get('kind');
  if (!target || (kind !== 'measures' && kind !== 'kpis')) return null;
  return { code: target === NEW_FRAMEWORK ? null : target, kind };
}

export function targetToParams(target: ImportTarget, params: URLSearchParams): URLSearchParams {
  params.set('target', target.code ?? NEW_FRAMEWORK);
  params.set('kind', target.kind);
  return params;
}
