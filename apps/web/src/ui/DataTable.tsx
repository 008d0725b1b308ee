import type { ReactNode } from "react";
import { ScrollTable } from "./ScrollTable.tsx";

/**
 * A DKFDS zebra table in its scroll box: the caption, the column headings and a row for each item, whose cells
 * `children` gives (the first one a row heading, as a rule).
 */
export function DataTable<T>({
  captionId,
  caption,
  testId,
  columns,
  rows,
  rowKey,
  rowTestId,
  children,
}: {
  captionId: string;
  caption: ReactNode;
  testId: string;
  columns: string[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowTestId?: (key: string) => string;
  children: (row: T) => ReactNode;
}) {
  return (
    <ScrollTable captionId={captionId}>
      <table className="table table--zebra" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            return (
              <tr key={key} data-testid={rowTestId?.(key)}>
                {children(row)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** A row's action ("Ret", "Fjern") as a function link in its own cell; `srLabel` tells a screen reader which row. */
export function RowAction({
  label,
  srLabel,
  onClick,
  disabled,
  testId,
}: {
  label: string;
  srLabel: string;
  onClick: () => void;
  disabled?: boolean;
  testId: string;
}) {
  return (
    <td>
      <button type="button" className="function-link" disabled={disabled} onClick={onClick} data-testid={testId}>
        {label}
        <span className="sr-only"> {srLabel}</span>
      </button>
    </td>
  );
}
