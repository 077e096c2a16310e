// jsdom (needed to load @grafana/data) lacks Node globals the DuckDB client and the registry use; import this first.
import { TextDecoder, TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';

const clone = <T>(value: T): T => deserialize(serialize(value));

Object.assign(globalThis, {
  TextDecoder,
  TextEncoder,
  ...(typeof structuredClone === 'undefined' ? { structuredClone: clone } : {}),
});
