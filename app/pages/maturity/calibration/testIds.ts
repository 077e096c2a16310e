// Test ids of the Maturity page's calibration view (unit and browser tests).
export const calibrationTestIds = {
  root: 'data-testid scorecard-maturity-calibration',
  agreement: 'data-testid scorecard-maturity-calibration-agreement',
  overallAgreement: 'data-testid scorecard-maturity-calibration-agreement-all',
  dimensionAgreement: (id: string) => `data-testid scorecard-maturity-calibration-agreement-dimension-${id}`,
  access: 'data-testid scorecard-maturity-calibration-access',
  waiting: 'data-testid scorecard-maturity-calibration-waiting',
  noDisputes: 'data-testid scorecard-maturity-calibration-no-disputes',
  disputed: (id: string) => `data-testid scorecard-maturity-calibration-disputed-${id}`,
  answer: (id: string, assessor: string) => `data-testid scorecard-maturity-calibration-answer-${id}-${assessor}`,
  evidence: (id: string) => `data-testid scorecard-maturity-calibration-evidence-${id}`,
  settleAnswer: (id: string, value: string) =>
    `data-testid scorecard-maturity-calibration-settle-answer-${id}-${value}`,
  settleNote: (id: string) => `data-testid scorecard-maturity-calibration-settle-note-${id}`,
  noteRule: (id: string) => `data-testid scorecard-maturity-calibration-note-rule-${id}`,
  settleOne: (id: string) => `data-testid scorecard-maturity-calibration-settle-${id}`,
  /** "Settle all chosen": every criterion with an answer picked and its note rule met. */
  settle: 'data-testid scorecard-maturity-calibration-settle-all',
  settled: (id: string) => `data-testid scorecard-maturity-calibration-settled-${id}`,
  change: (id: string) => `data-testid scorecard-maturity-calibration-change-${id}`,
  release: 'data-testid scorecard-maturity-calibration-release',
  releaseBlocked: 'data-testid scorecard-maturity-calibration-release-blocked',
  message: 'data-testid scorecard-maturity-calibration-message',
};
