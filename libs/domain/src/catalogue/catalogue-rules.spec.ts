import type { AccessScope } from '../identity/access-scope';
import {
  canManageCatalogue,
  nextFrameworkStatus,
  frameworkTransitionRefusal,
  visibleFrameworkStatuses,
} from './catalogue-rules';

const ministry = { id: 'm', kind: 'ministry' as const, parentId: null };
const city = { id: 'c', kind: 'municipality' as const, parentId: 'r' };
const scope = (...memberships: AccessScope['memberships']): AccessScope => ({ userId: 'u', memberships });

describe('catalogue access', () => {
  it('shows drafts to catalogue admins only', () => {
    expect(visibleFrameworkStatuses(scope({ organization: ministry, role: 'catalogue_admin' }))).toEqual([
      'draft',
      'published',
      'retired',
    ]);
    expect(visibleFrameworkStatuses(scope({ organization: city, role: 'municipal_editor' }))).toEqual([
      'published',
      'retired',
    ]);
    expect(canManageCatalogue(scope({ organization: ministry, role: 'platform_admin' }))).toBe(false);
  });
});

describe('version transitions', () => {
  it.each([
    ['draft', 'publish', 'published'],
    ['published', 'publish', null],
    ['retired', 'publish', null],
    ['published', 'retire', 'retired'],
    ['draft', 'retire', null],
    ['retired', 'retire', null],
  ] as const)('%s → %s gives %p', (status, transition, expected) => {
    expect(nextFrameworkStatus(status, transition)).toBe(expected);
  });

  it('explains refused transitions', () => {
    expect(frameworkTransitionRefusal('draft', 'retire')).toMatch(/delete it instead/);
    expect(frameworkTransitionRefusal('published', 'publish')).toMatch(/published already/);
  });
});
