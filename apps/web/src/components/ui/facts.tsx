import type { ReactNode } from 'react';

export type Fact = {
  /** Stable key; defaults to the label. */
  key?: string;
  label: ReactNode;
  value: ReactNode;
  /** Classes on the value (e.g. `tabular`). */
  valueClassName?: string;
};

export type FactsProps = {
  /** `false`/`null` entries are left out, so conditional rows read inline. */
  items: readonly (Fact | false | null | undefined)[];
  compact?: boolean;
};

/** A description list of label → value rows (an organization's passport, a message's headers). */
export function Facts({ items, compact = false }: FactsProps) {
  const visible = items.filter((item): item is Fact => Boolean(item));
  return (
    <dl className={compact ? 'facts facts--compact' : 'facts'}>
      {visible.map((item, index) => (
        <div className="facts__row" key={item.key ?? (typeof item.label === 'string' ? item.label : index)}>
          <dt>{item.label}</dt>
          <dd className={item.valueClassName}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
