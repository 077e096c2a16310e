// AMD loader: a global define() for plugin scripts, dependencies resolved only from the shared modules.
import { sharedModules } from './shared';

interface DefineCall {
  deps: string[];
  factory: unknown;
}

export interface LoadedModule {
  url: string;
  deps: string[];
  exports: Record<string, unknown>;
}

const defined = new Map<string, DefineCall>();
const loading = new Set<string>();
const cache = new Map<string, Promise<LoadedModule>>();

function define(...args: unknown[]): void {
  const script = document.currentScript;
  const url = script instanceof HTMLScriptElement ? script.src : '';
  if (!loading.has(url)) {
    throw new Error(`define() called outside a plugin module script (${url || 'inline or module script'})`);
  }
  const deps = args.find((a): a is string[] => Array.isArray(a) && a.every((d) => typeof d === 'string')) ?? [];
  defined.set(url, { deps, factory: args[args.length - 1] });
}
define.amd = {};

export function installDefine(): void {
  Object.assign(window, { define });
}

async function resolveDep(name: string, url: string, exports: Record<string, unknown>): Promise<unknown> {
  if (name === 'module') {
    return { uri: url, id: url, exports };
  }
  if (name === 'exports') {
    return exports;
  }
  const load = sharedModules[name];
  if (!load) {
    throw new Error(`Plugin module ${url} requires "${name}", which the host does not share with plugins`);
  }
  return load();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function instantiate(url: string, call: DefineCall): Promise<LoadedModule> {
  const exports: Record<string, unknown> = {};
  const args = await Promise.all(call.deps.map((name) => resolveDep(name, url, exports)));
  const result: unknown = typeof call.factory === 'function' ? call.factory(...args) : call.factory;
  const value = result === undefined ? exports : result;
  if (!isRecord(value)) {
    throw new Error(`Plugin module ${url} did not export an object`);
  }
  return { url, deps: call.deps, exports: value };
}

function injectScript(url: string): Promise<DefineCall> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    loading.add(url);
    script.onload = () => {
      loading.delete(url);
      const call = defined.get(url);
      call ? resolve(call) : reject(new Error(`Plugin module ${url} loaded but did not call define()`));
    };
    script.onerror = () => {
      loading.delete(url);
      reject(new Error(`Plugin module ${url} could not be loaded`));
    };
    document.head.append(script);
  });
}

/** Loads an AMD module by URL once, like Grafana's plugin loader does with module.js. */
export function loadAmdModule(url: string): Promise<LoadedModule> {
  const absolute = new URL(url, document.baseURI).href;
  let pending = cache.get(absolute);
  if (!pending) {
    pending = injectScript(absolute).then((call) => instantiate(absolute, call));
    cache.set(absolute, pending);
  }
  return pending;
}
