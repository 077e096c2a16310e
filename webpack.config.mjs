// Builds the app plugin and its nested plugins into dist/ as AMD modules with Grafana's shared externals.
import path from 'node:path';
import fs from 'node:fs';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import TerserPlugin from 'terser-webpack-plugin';
import webpack from 'webpack';
import { externals } from './scripts/webpack/externals.mjs';
import { plugins as pluginDirs } from './scripts/webpack/plugins.mjs';

const root = path.dirname(new URL(import.meta.url).pathname);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const APP_ID = 'scorecard-suite-app';

/** @param {Record<string, unknown>} env @returns {import('webpack').Configuration} */
export default (env) => {
  const production = Boolean(env.production);
  return {
    context: root,
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    cache: { type: 'filesystem', buildDependencies: { config: [new URL(import.meta.url).pathname] } },
    entry: Object.fromEntries(pluginDirs.map((p) => [p.out ? `${p.out}/module` : 'module', `./${p.src}/${p.entry}`])),
    externals,
    module: {
      rules: [
        {
          test: /\.[tj]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                target: 'es2020',
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
              },
            },
          },
        },
        { test: /\.(png|jpe?g|gif|svg)$/, type: 'asset/resource', generator: { filename: '[hash][ext]' } },
      ],
    },
    optimization: {
      minimize: production,
      minimizer: [new TerserPlugin({ terserOptions: { compress: { drop_console: ['log', 'info'] } } })],
    },
    output: {
      clean: true,
      filename: '[name].js',
      path: path.join(root, 'dist'),
      publicPath: `public/plugins/${APP_ID}/`,
      uniqueName: APP_ID,
      library: { type: 'amd' },
    },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'README.md', to: '.' },
          { from: 'LICENSE', to: '.' },
          { from: 'CHANGELOG.md', to: '.' },
          ...pluginDirs.flatMap((p) => [
            {
              from: `${p.src}/plugin.json`,
              to: p.out ? `${p.out}/plugin.json` : 'plugin.json',
              transform: (content) =>
                content
                  .toString()
                  .replace(/%VERSION%/g, pkg.version)
                  .replace(/%TODAY%/g, new Date().toISOString().slice(0, 10)),
            },
            { from: `${p.src}/img`, to: p.out ? `${p.out}/img` : 'img' },
          ]),
        ],
      }),
    ],
    resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
    performance: { hints: false },
  };
};
