import { cx } from '@emotion/css';
import { Icon, useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type SortColumn, type SortState } from '../../data/tableSort';
import { type Column, isSortColumn } from './columns';
import { getStyles } from './ScorecardTable.styles';

interface Props {
  column: Column;
  sort: SortState | null;
  onSort: (column: SortColumn) => void;
}

/** A column header; sortable ones are buttons and carry aria-sort while they order the rows. */
export function SortHeader({ column, sort, onSort }: Props) {
  const styles = useStyles2(getStyles);
  const className = cx(styles.header, column.numeric && styles.numeric);
  const id = column.id;
  if (!isSortColumn(id)) {
    return (
      <th scope="col" className={className} title={column.title}>
        {column.label}
      </th>
    );
  }
  const direction = sort?.column === id ? sort.direction : undefined;
  return (
    <th scope="col" className={className} aria-sort={direction} title={column.title}>
      <button
        type="button"
        className={styles.sortButton}
        onClick={() => onSort(id)}
        data-testid={testIds.balancedPanel.sortBy(id)}
      >
        {column.label}
        {direction && <Icon name={direction === 'ascending' ? 'arrow-up' : 'arrow-down'} size="sm" />}
      </button>
    </th>
  );
}
