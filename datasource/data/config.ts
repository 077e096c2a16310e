/** Why Grafana's proxy could not use the server URL, or undefined when it can. */
export function serverUrlProblem(url: string | undefined): string | undefined {
  const text = (url ?? '').trim();
  if (text === '') {
    return 'Enter the URL at which Grafana reaches the KPI server, e.g. http://scorecard-server:3100';
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return `"${text}" is not a URL: write it with its scheme, e.g. http://${text}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `The KPI server speaks HTTP: use http:// or https://, not ${parsed.protocol}//`;
  }
  if (parsed.pathname.replace(/\/+$/, '') !== '' || parsed.search !== '') {
    return 'Give the server root only (the datasource adds /api/…), e.g. http://scorecard-server:3100';
  }
  return undefined;
}
