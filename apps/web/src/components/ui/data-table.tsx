import type { ReactNode } from 'react';

export type DataTableColumn<Row> = {
  /** Stable key of the column. */
  id: string;
  header: ReactNode;
  /** The header is for assistive technology only (e.g. an "Actions" column of buttons). */
  hideHeader?: boolean;
  /** The cell names its row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  /** Applied to the header and every cell of the column (`numeric`, `actions`, `nowrap`). */
  className?: string;
  cell: (row: Row) => ReactNode;
};

export type DataTableProps<Row> = {
  /** What the table lists; every table has a caption, visually hidden unless `showCaption`. */
  caption: string;
  showCaption?: boolean;
  /** `false`/`null` entries are left out, so optional columns read inline: `canManage && actionsColumn`. */
  columns: readonly (DataTableColumn<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  compact?: boolean;
  rowClassName?: (row: Row) => string | undefined;
  /** Extra classes on the scrolling wrapper (layout). */
  className?: string;
};

/** A data table with column headers, row headers, a caption and an empty state. Purely presentational. */
export function DataTable<Row>({
  caption,
  showCaption = false,
  columns,
  rows,
  rowKey,
  empty,
  compact = false,
  rowClassName,
  className,
}: DataTableProps<Row>) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  const visible = columns.filter((column): column is DataTableColumn<Row> => Boolean(column));
  return (
    <div className={['table-wrap', className].filter(Boolean).join(' ')}>
      <table className={compact ? 'table table--compact' : 'table'}>
        <caption className={showCaption ? 'table__caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {visible.map((column) => (
              <th key={column.id} scope="col" className={column.className}>
                {column.hideHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {visible.map((column) =>
                column.rowHeader ? (
                  <th key={column.id} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={column.className}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
