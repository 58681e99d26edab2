import type { MemberResponse } from '@smartcity/contracts';

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
  if (members.length === 0) return <p className="muted">{t('members.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('members.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('members.email')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">{t('members.since')}</th>
            {canManage ? (
              <th scope="col">
                <span className="visually-hidden">{t('members.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.membershipId}>
              <th scope="row">{member.displayName}</th>
              <td>{member.email}</td>
              <td>{t(`role.${member.role}`)}</td>
              <td>{formatDate(locale, member.createdAt)}</td>
              {canManage ? (
                <td className="actions">
                  <button
                    type="button"
                    className="button button--danger-outline button--small"
                    aria-label={t('members.removeFor', { name: member.displayName })}
                    onClick={() => onRemove(member)}
                  >
                    {t('members.remove')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
