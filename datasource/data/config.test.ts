import { serverUrlProblem } from './config';

describe('serverUrlProblem', () => {
  it('accepts http and https roots, with or without a trailing slash', () => {
    expect(serverUrlProblem('http://scorecard-server:3100')).toBeUndefined();
    expect(serverUrlProblem('https://kpi.example.com/')).toBeUndefined();
  });

  it('says what is wrong with anything else', () => {
    expect(serverUrlProblem('')).toMatch(/^Enter the URL/);
    expect(serverUrlProblem('localhost:3100')).toMatch(/scheme|HTTP/);
    expect(serverUrlProblem('scorecard-server')).toBe(
      '"scorecard-server" is not a URL: write it with its scheme, e.g. http://scorecard-server'
    );
    expect(serverUrlProblem('ftp://x')).toBe('The KPI server speaks HTTP: use http:// or https://, not ftp://');
    expect(serverUrlProblem('http://x:3100/api')).toMatch(/server root only/);
  });
});
