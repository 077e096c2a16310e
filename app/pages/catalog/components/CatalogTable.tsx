import { type CellProps, InteractiveTable, TextLink } from '@grafana/ui';
import { type CatalogEntry } from '../../../../core/app-api';
import { formatInUnit } from '../data/formatInUnit';
import { catalogTestIds } from '../testIds';
import { kpiHref } from './kpiLink';
import { StateBadge } from './StateBadge';

type Cell = CellProps<CatalogEntry>;

const columns = [
  {
    id: 'name',
    header: 'Name',
    sortType: 'string' as const,
    cell: ({ row: { original: k } }: Cell) => (
      <span data-testid={catalogTestIds.row(k.id)}>
        <TextLink href={kpiHref(k.id)} inline={false}>
          {k.name}
        </TextLink>
      </span>
    ),
  },
  { id: 'perspective', header: 'Perspective', sortType: 'string' as const },
  {
    id: 'journeyStage',
    header: 'Stage',
    sortType: 'string' as const,
    cell: ({ row }: Cell) => row.original.journeyStage ?? '—',
  },
  { id: 'indicator', header: 'Indicator', sortType: 'string' as const },
  { id: 'owner', header: 'Owner', sortType: 'string' as const },
  { id: 'period', header: 'Period', sortType: 'string' as const },
  {
    id: 'target',
    header: 'Target',
    sortType: 'number' as const,
    cell: ({ row: { original: k } }: Cell) => formatInUnit(k.target, k.unit),
  },
  {
    id: 'state',
    header: 'State',
    sortType: 'string' as const,
    cell: ({ row }: Cell) => <StateBadge state={row.original.state} />,
  },
  {
    id: 'version',
    header: 'Version',
    sortType: 'number' as const,
    cell: ({ row }: Cell) => `v${row.original.version}`,
  },
];

/** The filtered KPIs, sortable by every column. */
export function CatalogTable({ kpis }: { kpis: CatalogEntry[] }) {
  return (
    <div data-testid={catalogTestIds.table}>
      <InteractiveTable columns={columns} data={kpis} getRowId={(k: CatalogEntry) => k.id} pageSize={50} />
    </div>
  );
}
