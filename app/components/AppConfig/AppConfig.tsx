import { css } from '@emotion/css';
import { useState } from 'react';
import { lastValueFrom } from 'rxjs';
import type { AppPluginMeta, GrafanaTheme2, PluginConfigPageProps } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { Alert, Button, Field, FieldSet, Input, SecretInput, Stack, useStyles2 } from '@grafana/ui';
import {
  type AppJsonData,
  describeFailure,
  describeHealth,
  type FormState,
  formProblem,
  HEALTH_URL,
  initialForm,
  settingsPayload,
  TOKEN_FIELDS,
  type TokenKey,
} from './settings';
import { appConfigTestIds } from './testIds';

type Props = PluginConfigPageProps<AppPluginMeta<AppJsonData>>;

interface Outcome {
  severity: 'success' | 'error';
  title: string;
  text: string;
}

export function AppConfig({ plugin }: Props) {
  const styles = useStyles2(getStyles);
  const { id, enabled, pinned, jsonData, secureJsonFields } = plugin.meta;
  const [form, setForm] = useState<FormState>(() => initialForm(jsonData, secureJsonFields));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const problem = formProblem(form);

  const setToken = (key: TokenKey, value: string, configured: boolean) =>
    setForm((f) => ({ ...f, tokens: { ...f.tokens, [key]: { value, configured } } }));

  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(undefined);
    setOutcome(await work());
    setBusy(false);
  };

  const save = () =>
    run(async () => {
      const data = settingsPayload(form, enabled ?? true, pinned ?? true);
      try {
        await lastValueFrom(
          getBackendSrv().fetch({ url: `/api/plugins/${id}/settings`, method: 'POST', data, showErrorAlert: false })
        );
      } catch (err) {
        return { severity: 'error', title: 'Settings not saved', text: describeFailure(err) };
      }
      setForm(initialForm(data.jsonData, data.secureJsonFields));
      return { severity: 'success', title: 'Settings saved', text: 'Test the connection to check the URL and tokens.' };
    });

  const test = () =>
    run(async () => {
      try {
        const res = await lastValueFrom(getBackendSrv().fetch<unknown>({ url: HEALTH_URL, showErrorAlert: false }));
        return { severity: 'success', title: 'Connection', text: describeHealth(res.data) };
      } catch (err) {
        return { severity: 'error', title: 'Connection failed', text: describeFailure(err) };
      }
    });

  return (
    <div data-testid={appConfigTestIds.root} className={styles.root}>
      <FieldSet label="KPI server">
        <Field
          label="KPI server URL"
          description="Where Grafana's server reaches the Scorecard KPI server (its /api is appended), e.g. http://scorecard-server:3100."
          invalid={problem !== undefined && form.serverUrl !== ''}
          error={problem}
        >
          <Input
            data-testid={appConfigTestIds.serverUrl}
            width={60}
            value={form.serverUrl}
            placeholder="http://scorecard-server:3100"
            onChange={(e) => setForm((f) => ({ ...f, serverUrl: e.currentTarget.value }))}
          />
        </Field>
      </FieldSet>
      <FieldSet label="Tokens">
        <p className={styles.note}>
          One KPI server token per Grafana role. Each page calls the server through the route of the signed-in
          user&apos;s role, so nobody acts above their Grafana role. Create them as Grafana proxy tokens (kind grafana,
          e.g. SCORECARD_TOKENS=&quot;grafana:viewer:grafana=…&quot;): only those make the KPI server honour
          X-Grafana-User, so authors, approvers and four-eyes checks see the Grafana user. Grafana keeps them encrypted
          and never sends them to browsers.
        </p>
        {TOKEN_FIELDS.map((t) => (
          <Field
            key={t.key}
            label={t.label}
            description={`Sent for Grafana ${t.grafanaRole}s (route "${t.route}"); needs the KPI server role ${t.serverRole}.`}
          >
            <SecretInput
              data-testid={appConfigTestIds.token(t.key)}
              width={60}
              isConfigured={form.tokens[t.key].configured}
              value={form.tokens[t.key].value}
              placeholder={`a ${t.serverRole} token of kind grafana`}
              onChange={(e) => setToken(t.key, e.currentTarget.value, false)}
              onReset={() => setToken(t.key, '', false)}
            />
          </Field>
        ))}
      </FieldSet>
      <Stack gap={1}>
        <Button data-testid={appConfigTestIds.save} disabled={busy || problem !== undefined} onClick={save}>
          Save settings
        </Button>
        <Button data-testid={appConfigTestIds.test} variant="secondary" disabled={busy} onClick={test}>
          Test connection
        </Button>
      </Stack>
      {outcome && (
        <div data-testid={appConfigTestIds.result} className={styles.result}>
          <Alert severity={outcome.severity} title={outcome.title}>
            {outcome.text}
          </Alert>
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ maxWidth: theme.spacing(120) }),
  note: css({ color: theme.colors.text.secondary, marginBottom: theme.spacing(2) }),
  result: css({ marginTop: theme.spacing(2) }),
});
