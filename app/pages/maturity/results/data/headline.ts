import { type Cycle, type CycleResults } from '../../../../../core/maturity/api';
import { type AgreementReading, readingOf } from '../../../../../core/maturity/agreement';
import { stageName } from './stages';

export interface Headline {
  /** Each dimension's consensus stage in words, in result order. */
  stages: Array<{ dimensionId: string; name: string; stage: string }>;
  reading: AgreementReading;
  /** e.g. "Agreement 0.82 (good): the stages can be relied on." */
  agreement: string;
  /** "Released by ana on 30 Nov 2026", or null before release. */
  released: string | null;
}

const READINGS: Record<AgreementReading, string> = {
  good: 'good: the assessors agree, the stages can be relied on',
  tentative: 'tentative: draw tentative conclusions only',
  low: 'low: the assessors disagree, read the stages with care',
  undefined: 'not computed',
};

export function dayOf(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The results in one glance: stages in words, overall agreement with its reading, who released them and when. */
export function headlineOf(cycle: Cycle, results: CycleResults): Headline {
  const { alpha } = results.agreement;
  const reading = readingOf(alpha);
  const agreement =
    alpha === null
      ? `Agreement ${READINGS.undefined}: ${results.state === 'open' ? 'not every answer is visible yet' : 'too few rated answers'}`
      : `Agreement ${alpha.toFixed(2)} (${READINGS[reading]})`;
  const released =
    cycle.state === 'released' && cycle.releasedBy !== null && cycle.releasedAt !== null
      ? `Released by ${cycle.releasedBy} on ${dayOf(cycle.releasedAt)}`
      : null;
  return {
    stages: results.dimensions.map((d) => ({
      dimensionId: d.id,
      name: d.name,
      stage: stageName(results.stages, d.stage),
    })),
    reading,
    agreement,
    released,
  };
}
