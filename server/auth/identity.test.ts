import { identityProblem, sameIdentity } from './identity';

describe('identities', () => {
  it.each([
    ['carol', 'Carol', true],
    ['carol', 'CAROL', true],
    ['carol', 'ｃａｒｏｌ', true],
    ['carol', 'caroline', false],
    ['carol', 'carol ', false],
  ])('%j and %j are the same: %s', (a, b, same) => {
    expect(sameIdentity(a, b)).toBe(same);
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    [' carol', 'has leading or trailing spaces'],
    ['a'.repeat(201), 'is longer than 200 characters'],
    ['car\u200bol', 'contains control, invisible or bidi-control characters'],
    ['car\u202eol', 'contains control, invisible or bidi-control characters'],
    ['car\nol', 'contains control, invisible or bidi-control characters'],
  ])('refuses %j: %s', (name, problem) => {
    expect(identityProblem(name)).toBe(problem);
  });

  it('accepts names with spaces, dots, @ and non-Latin letters', () => {
    for (const name of ['Carol Danvers', 'carol@example.com', 'ci-bot', 'Zoë', '山田']) {
      expect(identityProblem(name)).toBeUndefined();
    }
  });
});
