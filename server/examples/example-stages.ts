/** The journey stage the example organisation's events carry, by event name (as the demo writes them). */
export const EXAMPLE_STAGES: Readonly<Record<string, string>> = {
  page_view: 'awareness',
  signup: 'evaluation',
  demo_request: 'evaluation',
  trial_start: 'evaluation',
  purchase: 'purchase',
  onboarding_complete: 'onboarding',
};
