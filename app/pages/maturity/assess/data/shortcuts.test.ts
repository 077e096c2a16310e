import { shortcutOf } from './shortcuts';

describe('shortcutOf', () => {
  it('answers with 1 to 4 on the card and on its choices', () => {
    expect(shortcutOf('1', 'card', false)).toEqual({ answer: 'met' });
    expect(shortcutOf('2', 'choice', false)).toEqual({ answer: 'partial' });
    expect(shortcutOf('3', 'card', false)).toEqual({ answer: 'not-met' });
    expect(shortcutOf('4', 'card', false)).toEqual({ answer: 'n/a' });
  });

  it('moves with j/k anywhere but text, with arrows only on the card itself', () => {
    expect(shortcutOf('j', 'choice', false)).toEqual({ move: 1 });
    expect(shortcutOf('k', 'card', false)).toEqual({ move: -1 });
    expect(shortcutOf('ArrowDown', 'card', false)).toEqual({ move: 1 });
    expect(shortcutOf('ArrowUp', 'card', false)).toEqual({ move: -1 });
    expect(shortcutOf('ArrowDown', 'choice', false)).toBeUndefined();
  });

  it('leaves typing, modified keys and other keys alone', () => {
    expect(shortcutOf('1', 'text', false)).toBeUndefined();
    expect(shortcutOf('j', 'text', false)).toBeUndefined();
    expect(shortcutOf('1', 'card', true)).toBeUndefined();
    expect(shortcutOf('x', 'card', false)).toBeUndefined();
  });
});
