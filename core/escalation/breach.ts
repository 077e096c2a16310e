import type { Status } from '../scoring';
import { DEFAULT_RECOVER, type EscalationPolicySpec } from './policy';

/** One complete period of a KPI as the scorecard reports it. */
export interface PeriodOutcome {
  /** Period label or start as ISO. */
  period: string;
  status: Status;
  /** Worse than target given the KPI's direction. */
  belowTarget: boolean;
  /** Passed through to the breach detail. */
  value?: number | null;
  target?: number;
}

type When = EscalationPolicySpec['when'];

const breaches = (o: PeriodOutcome, when: When): boolean =>
  o.status !== 'no-data' && (when.status === 'critical' ? o.status === 'critical' : o.belowTarget);

// better than the breach condition; no-data is neither
const recovers = (o: PeriodOutcome, when: When): boolean => o.status !== 'no-data' && !breaches(o, when);

/** The periods among the last `of` (oldest→newest) that meet the test, when at least `periods` of them do. */
function nOfM(
  outcomes: readonly PeriodOutcome[],
  window: { periods: number; of: number },
  test: (o: PeriodOutcome) => boolean
): PeriodOutcome[] | undefined {
  const met = outcomes.slice(-window.of).filter(test);
  return met.length >= window.periods ? met : undefined;
}

export const breachOf = (outcomes: readonly PeriodOutcome[], spec: EscalationPolicySpec) =>
  nOfM(outcomes, spec.when, (o) => breaches(o, spec.when));

export const recoveryOf = (outcomes: readonly PeriodOutcome[], spec: EscalationPolicySpec) =>
  nOfM(outcomes, spec.recover ?? DEFAULT_RECOVER, (o) => recovers(o, spec.when));
