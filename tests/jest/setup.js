// jsdom lacks a few browser APIs that @grafana/ui touches.
import '@testing-library/jest-dom';
import { TextEncoder, TextDecoder } from 'util';

Object.assign(global, { TextDecoder, TextEncoder });

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
require('../host/src/editors').initEditors();

// i18next advertises itself through console.info on every init; keep test output for real messages.
const info = console.info;
console.info = (...args) => (String(args[0]).includes('i18next is made possible') ? undefined : info(...args));

// jsdom has no IntersectionObserver (@grafana/ui scroll indicators); nothing ever intersects here.
global.IntersectionObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
};
