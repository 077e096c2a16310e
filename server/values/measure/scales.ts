/** Answer scales of the survey aggregates; answers outside them (or missing) are excluded and counted. */
export const SURVEY_SCALES = {
  nps: { min: 0, max: 10, label: '0–10' },
  csat: { min: 1, max: 5, label: '1–5' },
  ces: { min: 1, max: 7, label: '1–7' },
} as const;

export type SurveyAggregate = keyof typeof SURVEY_SCALES;

export const isSurvey = (aggregate: string): aggregate is SurveyAggregate => aggregate in SURVEY_SCALES;

/** NPS: promoters answer 9–10, detractors 0–6. CSAT: satisfied answer 4–5. */
export const NPS_PROMOTER_MIN = 9;
export const NPS_DETRACTOR_MAX = 6;
export const CSAT_SATISFIED_MIN = 4;
