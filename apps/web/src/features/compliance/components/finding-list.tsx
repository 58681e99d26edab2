import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ComplianceFinding, FindingSeverity } from '@smartcity/domain';
import { formatFinding, ruleTitle } from '@smartcity/domain';

import { useLocale, useT } from '../../../i18n/i18n-provider';
import { findingKey, findingTarget, groupFindings, visibleFindings } from '../lib/findings';
import type { ComplianceLinks } from './compliance-links';

export type FindingListProps = {
  findings: readonly ComplianceFinding[];
  links: ComplianceLinks;
  /** The item whose page this is: findings about it are not linked to it again. */
  currentItemId?: string;
};

/** Findings grouped by severity (errors first), each a sentence in the current language linking to what it concerns. */
export function FindingList({ findings, links, currentItemId }: FindingListProps) {
  const t = useT();
  const [locale] = useLocale();
  const [expanded, setExpanded] = useState<ReadonlySet<FindingSeverity>>(new Set());
  const groups = groupFindings(findings);
  if (groups.length === 0) return <p className="muted">{t('compliance.panel.noFindings')}</p>;
  return (
    <div className="finding-groups">
      {groups.map((group) => {
        const { shown, hidden } = visibleFindings(group.findings, expanded.has(group.severity));
        return (
          <section key={group.severity} className={`finding-group finding-group--${group.severity}`}>
            <h3 className="finding-group__heading">
              {t(`compliance.panel.group.${group.severity}`, { count: group.findings.length })}
            </h3>
            <ul className="finding-list">
              {shown.map((finding) => {
                const target = findingTarget(finding);
                const message = formatFinding(finding, locale);
                const href =
                  target.kind === 'item'
                    ? target.itemId === currentItemId
                      ? null
                      : links.item(target.itemId)
                    : target.kind === 'measure'
                      ? links.measure(target.measureId)
                      : null;
                return (
                  <li key={findingKey(finding)} className={`finding finding--${finding.severity}`}>
                    <span className="finding__rule">
                      <span className="visually-hidden">
                        {t(`compliance.severity.${finding.severity}`)}:{' '}
                      </span>
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
              })}
            </ul>
            {hidden > 0 ? (
              <button
                type="button"
                className="button button--link button--small"
                onClick={() => setExpanded((current) => new Set([...current, group.severity]))}
              >
                {t('compliance.panel.showAll', { count: group.findings.length })}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
