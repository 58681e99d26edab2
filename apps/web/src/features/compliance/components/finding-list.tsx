import { memo, useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ComplianceFinding, FindingSeverity } from '@smartcity/domain';
import { formatFinding, ruleTitle } from '@smartcity/domain';

import { useLocale, useT } from '../../../i18n/i18n-provider';
import { FINDINGS_SHOWN, findingKey, findingTarget, groupFindings, visibleFindings } from '../lib/findings';
import type { ComplianceLinks } from './compliance-links';

export type FindingListProps = {
  findings: readonly ComplianceFinding[];
  links: ComplianceLinks;
  /** The item whose page this is: findings about it are not linked to it again. */
  currentItemId?: string;
};

/**
 * Findings grouped by severity (errors first), each a sentence in the current language linking to what it concerns.
 * A long group shows its first findings and a "show all" toggle, so a 1 000-item roadmap keeps the DOM small; rows
 * are memoized by content, so an edit re-renders only the findings it changed.
 */
export function FindingList({ findings, links, currentItemId }: FindingListProps) {
  const t = useT();
  const listId = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<FindingSeverity>>(new Set());
  const groups = useMemo(() => groupFindings(findings), [findings]);
  if (groups.length === 0) return <p className="muted">{t('compliance.panel.noFindings')}</p>;

  const hrefOf = (finding: ComplianceFinding): string | null => {
    const target = findingTarget(finding);
    if (target.kind === 'item') return target.itemId === currentItemId ? null : links.item(target.itemId);
    if (target.kind === 'measure') return links.measure(target.measureId);
    return null;
  };
  const toggle = (severity: FindingSeverity) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });

  return (
    <div className="finding-groups">
      {groups.map((group) => {
        const isExpanded = expanded.has(group.severity);
        const { shown } = visibleFindings(group.findings, isExpanded);
        const isLong = group.findings.length > FINDINGS_SHOWN;
        const id = `${listId}-${group.severity}`;
        return (
          <section key={group.severity} className={`finding-group finding-group--${group.severity}`}>
            <h3 className="finding-group__heading">
              {t(`compliance.panel.group.${group.severity}`, { count: group.findings.length })}
            </h3>
            <ul className="finding-list" id={id}>
              {shown.map((finding) => {
                const key = findingKey(finding);
                return <FindingRow key={key} contentKey={key} finding={finding} href={hrefOf(finding)} />;
              })}
            </ul>
            {isLong ? (
              <button
                type="button"
                className="button button--link button--small"
                aria-expanded={isExpanded}
                aria-controls={id}
                onClick={() => toggle(group.severity)}
              >
                {isExpanded
                  ? t('compliance.panel.showFewer', { count: FINDINGS_SHOWN })
                  : t('compliance.panel.showAll', { count: group.findings.length })}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

type FindingRowProps = {
  /** `findingKey(finding)`: rule, refs and params — everything the sentence is made of. */
  contentKey: string;
  finding: ComplianceFinding;
  href: string | null;
};

/**
 * One finding. Every edit yields a new report with new finding objects, so the row compares by content: unchanged
 * findings are not rendered (nor formatted) again. A change of language still re-renders it through the context.
 */
const FindingRow = memo(
  function FindingRow({ finding, href }: FindingRowProps) {
    const t = useT();
    const [locale] = useLocale();
    const message = formatFinding(finding, locale);
    return (
      <li className={`finding finding--${finding.severity}`}>
        <span className="finding__rule">
          <span className="visually-hidden">{t(`compliance.severity.${finding.severity}`)}: </span>
          {ruleTitle(finding.rule, locale)}
        </span>
        {href ? (
          <Link to={href} className="finding__message">
            {message}
          </Link>
        ) : (
          <span className="finding__message">{message}</span>
        )}
      </li>
    );
  },
  (previous, next) =>
    previous.contentKey === next.contentKey &&
    previous.href === next.href &&
    previous.finding.severity === next.finding.severity,
);
