import { type BadgeColor } from '@grafana/ui';
import { type AgreementReading, readingOf } from '../../../../../core/maturity/agreement';
import { type CycleResults } from '../../../../../core/maturity/api';

export const ALPHA_MEANING =
  "Krippendorff's alpha tells how far the assessors agree beyond chance (1 = fully, 0 = no better than chance): " +
  'from 0.8 the stages can be relied on, from 0.667 they support tentative conclusions only, below that the ' +
  'assessors read the criteria differently and the disputes deserve a discussion first.';

const LABEL: Record<AgreementReading, string> = {
  good: 'good',
  tentative: 'tentative',
  low: 'low',
  undefined: 'not enough answers',
};
const COLOR: Record<AgreementReading, BadgeColor> = {
  good: 'green',
  tentative: 'orange',
  low: 'red',
  undefined: 'darkgrey',
};

export interface AgreementRow {
  id: string;
  name: string;
  alpha: number | null;
  reading: AgreementReading;
  label: string;
  color: BadgeColor;
  /** Alpha to two decimals, or three (truncated) when two would cross a reading's threshold; "–" when undefined. */
  value: string;
}

export function formatAlpha(alpha: number | null): string {
  if (alpha === null) {
    return '–';
  }
  const two = alpha.toFixed(2);
  // rounding up across a threshold would misstate the reading: truncate to three decimals instead
  return readingOf(Number(two)) === readingOf(alpha) ? two : (Math.floor(alpha * 1000) / 1000).toFixed(3);
}

function row(id: string, name: string, alpha: number | null): AgreementRow {
  const reading = readingOf(alpha);
  return { id, name, alpha, reading, label: LABEL[reading], color: COLOR[reading], value: formatAlpha(alpha) };
}

/** Agreement over the whole cycle and per dimension (in the results' order), each with its reading. */
export function agreementRows(results: Pick<CycleResults, 'agreement' | 'dimensions'>): {
  overall: AgreementRow;
  dimensions: AgreementRow[];
} {
  const { alpha, byDimension } = results.agreement;
  return {
    overall: row('overall', 'All criteria', alpha),
    dimensions: results.dimensions.map((d) => row(d.id, d.name, byDimension[d.id] ?? null)),
  };
}
