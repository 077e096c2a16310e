import { type Status } from '../../../core';

/** Words for each status: shown beside the icon and colour, so status never rests on colour alone. */
export const STATUS_LABEL: Record<Status | 'unscored', string> = {
  ok: 'On track',
  warning: 'At risk',
  critical: 'Off track',
  'no-data': 'No data',
  unscored: 'Not scored',
};
