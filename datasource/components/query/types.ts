import { type KpiDataSource } from '../../datasource';
import { type QueryOf, type QueryType } from '../../types';

/** What the fields of one query type get from the query editor. */
export interface FieldsProps<T extends QueryType> {
  datasource: KpiDataSource;
  query: QueryOf<T>;
  /** Changes the query and runs it. */
  onChange: (query: QueryOf<T>) => void;
}
