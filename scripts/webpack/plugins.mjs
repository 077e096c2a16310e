// The app plugin and its nested plugins: source folder, entry file and output folder inside dist/.
export const plugins = [
  { src: 'app', entry: 'module.tsx', out: '' },
  { src: 'panels/balanced-scorecard', entry: 'module.tsx', out: 'panels/balanced-scorecard' },
  { src: 'panels/journey-funnel', entry: 'module.tsx', out: 'panels/journey-funnel' },
  { src: 'datasource', entry: 'module.ts', out: 'datasource' },
];
