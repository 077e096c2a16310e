// One jest run with three projects: pure core, the Node server, and the browser plugins (jsdom).
process.env.TZ = 'UTC';

// Packages that ship only ES modules and must go through the transform.
const esModules = [
  '@grafana/schema',
  '@wojtekmaj/date-utils',
  'd3',
  'd3-color',
  'd3-force',
  'd3-interpolate',
  'd3-scale-chromatic',
  'get-user-locale',
  'marked',
  'memoize',
  'mimic-function',
  'ol',
  'react-calendar',
  'react-colorful',
  'rxjs',
  'uuid',
  'cookie',
];

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
  },
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: [`node_modules/(?!.*(${esModules.join('|')})/.*)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/'],
};

module.exports = {
  testTimeout: 20000,
  projects: [
    { ...common, displayName: 'core', testEnvironment: 'node', testMatch: ['<rootDir>/core/**/*.test.ts'] },
    {
      ...common,
      displayName: 'server',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/server/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
        '<rootDir>/host/server/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'plugins',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/tests/jest/setup.js'],
      moduleNameMapper: {
        '\\.(css|scss|sass)$': 'identity-obj-proxy',
        'react-inlinesvg': '<rootDir>/tests/jest/mocks/react-inlinesvg.tsx',
      },
      testMatch: [
        '<rootDir>/app/**/*.test.{ts,tsx}',
        '<rootDir>/panels/**/*.test.{ts,tsx}',
        '<rootDir>/datasource/**/*.test.{ts,tsx}',
        '<rootDir>/host/src/**/*.test.{ts,tsx}',
      ],
    },
  ],
};
