import { defineConfig } from 'eslint/config';
import grafanaConfig from '@grafana/eslint-config/flat.js';

export default defineConfig([
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/build/',
      'host/build-*/',
      '**/coverage/',
      'tests/artifacts/',
      'test-results/',
      'playwright-report/',
      'playwright/.auth/',
      'data/',
      '**/.eslintcache',
    ],
  },
  ...grafanaConfig,
  {
    rules: {
      'react/prop-types': 'off',
      'react/react-in-jsx-scope': 'off',
      'react/jsx-uses-react': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { project: './tsconfig.json' } },
    rules: { '@typescript-eslint/no-deprecated': 'warn' },
  },
  {
    files: ['app/**', 'panels/**', 'datasource/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['tests/**/*', 'scripts/**/*', 'bench/**/*', 'server/**/*', 'host/server.ts', 'host/server/**/*', 'host/*.mjs'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-console': 'off' },
  },
]);
