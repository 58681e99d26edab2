import type { MemberResponse } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
import { formatDate } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';

export type MembersTableProps = {
  members: readonly MemberResponse[];
  canManage: boolean;
  onRemove: (member: MemberResponse) => void;
};

export function MembersTable({ members, canManage, onRemove }: MembersTableProps) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <DataTable
      caption={t('members.caption')}
      empty={t('members.empty')}
      rows={members}
      rowKey={(member) => member.membershipId}
      columns={[
        { id: 'name', header: t('members.name'), rowHeader: true, cell: (member) => member.displayName },
        { id: 'email', header: t('members.email'), cell: (member) => member.email },
        { id: 'role', header: t('members.role'), cell: (member) => t(`role.${member.role}`) },
        { id: 'since', header: t('members.since'), cell: (member) => formatDate(locale, member.createdAt) },
        canManage && {
          id: 'actions',
          header: t('members.actions'),
          hideHeader: true,
          className: 'actions',
          cell: (member) => (
            <button
              type="button"
              className="button button--danger-outline button--small"
              aria-label={t('members.removeFor', { name: member.displayName })}
              onClick={() => onRemove(member)}
            >
              {t('members.remove')}
            </button>
          ),
        },
      ]}
    />
  );
}
