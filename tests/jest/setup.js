// jsdom lacks a few browser APIs that @grafana/ui touches.
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextEncoder, TextDecoder } from 'util';

Object.assign(global, { TextDecoder, TextEncoder });

// waitFor and findBy wait for the state they assert; on a loaded machine that can take longer than 1 s
configure({ asyncUtilTimeout: 10000 });

Object.defineProperty(global, 'matchMedia', {
  writable: true,
  value: (query) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: jest.fn(),
    removeListener: jest.fn(),
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
    dispatchEvent: jest.fn(),
  }),
});

// jsdom has no canvas; @grafana/ui measures text widths (MultiCombobox, measureText) through a 2D context.
HTMLCanvasElement.prototype.getContext = () => ({
  font: '',
  measureText: (text) => ({ width: String(text).length * 7 }),
});

// The same stand-ins for Grafana core's option editors and standard field options as the browser host.
require('../../host/src/editors').initEditors();

// i18next advertises itself through console.info on every init; keep test output for real messages.
const info = console.info;
console.info = (...args) => (String(args[0]).includes('i18next is made possible') ? undefined : info(...args));

// jsdom has no IntersectionObserver (@grafana/ui scroll indicators, lazily mounted rows): nothing intersects until a
// test calls global.__intersectAll(), as if every observed element had scrolled into view.
const observers = new Set();
global.IntersectionObserver = class {
  constructor(callback) {
    this.callback = callback;
    this.targets = new Set();
    observers.add(this);
  }
  observe(target) {
    this.targets.add(target);
  }
  unobserve(target) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    observers.delete(this);
  }
  takeRecords() {
    return [];
  }
};
global.__intersectAll = () =>
  [...observers].forEach((o) =>
    o.callback(
      [...o.targets].map((target) => ({ isIntersecting: true, target })),
      o
    )
  );
