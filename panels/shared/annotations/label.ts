import { dateTimeFormat } from '@grafana/data';
import { type EscalationMark } from './escalations';

const FORMAT = 'YYYY-MM-DD HH:mm';

/** "Escalation open: level 2 since 2026-11-30 09:00", times in the dashboard's time zone. */
export function escalationLabel(mark: EscalationMark, timeZone: string): string {
  const at = (time: number) => dateTimeFormat(time, { format: FORMAT, timeZone });
  const level = mark.level === null ? '' : `level ${mark.level} `;
  if (mark.state === 'resolved' && mark.timeEnd !== null) {
    return `Escalation resolved: ${level}from ${at(mark.time)} to ${at(mark.timeEnd)}`;
  }
  return `Escalation ${mark.state}: ${level}since ${at(mark.time)}`;
}
