import { loggableError, safeMessage } from './safe-message';

describe('safeMessage', () => {
  it('keeps only the first line, so no stack trace follows', () => {
    const err = new Error('connection lost\n    at Socket.<anonymous> (/srv/app/node_modules/pg/lib/client.js:1:1)');
    expect(safeMessage(err)).toBe('connection lost');
  });

  it('hides connection strings and password pairs', () => {
    const err = new Error(
      'cannot connect to postgres://scorer:s3cret@db.internal:5432/kpis and mysql://u:p@h/x (host=db password=s3cret)'
    );
    const message = safeMessage(err);
    expect(message).toBe('cannot connect to <url> and <url> (host=db password=<redacted>)');
    expect(message).not.toContain('s3cret');
    expect(safeMessage(new Error('sslpassword=\'a b\' pwd="c d"'))).toBe('sslpassword=<redacted> pwd=<redacted>');
  });

  it('caps the length and names an empty message', () => {
    expect(safeMessage(new Error('x'.repeat(2000)))).toHaveLength(500);
    expect(safeMessage(new Error(''))).toBe('unknown error');
  });
});

describe('loggableError', () => {
  it('keeps the type and stack for the log, without the connection string', () => {
    const err = new TypeError('cannot reach postgres://u:hunter2@db/x');
    const logged = loggableError(err);
    expect(logged).toEqual({
      type: 'TypeError',
      message: 'cannot reach <url>',
      stack: expect.stringMatching(/^TypeError/),
    });
    expect(JSON.stringify(logged)).not.toContain('hunter2');
    expect(loggableError('plain')).toEqual({ type: 'string', message: 'plain' });
  });
});
