import { noneMatch, versionEtag } from './etag';

describe('versionEtag', () => {
  it('quotes the version and its state', () => {
    expect(versionEtag({ version: 3, state: 'approved' })).toBe('"3.approved"');
  });
});

describe('noneMatch', () => {
  const etag = '"3.approved"';

  it.each([
    ['"3.approved"', true],
    ['W/"3.approved"', true],
    ['"1.proposed", "3.approved"', true],
    ['*', true],
    [['"9.proposed"', '"3.approved"'], true],
    ['"3.proposed"', false],
    ['"3"', false],
    ['3.approved', false],
  ])('%j → %s', (header, expected) => {
    expect(noneMatch(header, etag)).toBe(expected);
  });

  it('is false without the header', () => {
    expect(noneMatch(undefined, etag)).toBe(false);
  });
});
