export const appConfigTestIds = {
  root: 'data-testid scorecard-app-config',
  serverUrl: 'data-testid scorecard-app-config-server-url',
  token: (key: string) => `data-testid scorecard-app-config-${key}`,
  save: 'data-testid scorecard-app-config-save',
  test: 'data-testid scorecard-app-config-test',
  result: 'data-testid scorecard-app-config-result',
};
