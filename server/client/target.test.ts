import { authorName } from './target';

describe('authorName (local stores)', () => {
  it('takes --author, then SCORECARD_USER', () => {
    expect(authorName({ author: 'ann' }, { SCORECARD_USER: 'bob' })).toBe('ann');
    expect(authorName({}, { SCORECARD_USER: 'bob' })).toBe('bob');
  });

  it('refuses a name with invisible or bidi-control characters', () => {
    expect(() => authorName({ author: 'an\u202en' }, {})).toThrow(
      'the author name (--author or SCORECARD_USER) contains control, invisible or bidi-control characters'
    );
    expect(() => authorName({}, { SCORECARD_USER: ' ann' })).toThrow('has leading or trailing spaces');
  });
});
