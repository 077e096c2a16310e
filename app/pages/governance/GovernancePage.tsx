import { PlannedPage } from '../PlannedPage';
import { APP_PAGES } from '../../constants';

/** Approvals inbox, freeze windows and the audit log. */
export function GovernancePage() {
  const page = APP_PAGES.find((p) => p.id === 'governance');
  return page === undefined ? null : <PlannedPage page={page} />;
}
