// The preview's signed-in user: pick a login and Grafana role; the page reloads as that user, as after a sign-in.
import { useState } from 'react';
import { Button, Input, RadioButtonGroup, Stack, Text, Toggletip } from '@grafana/ui';
import { ORG_ROLES, type OrgRole } from '../../server/user';
import { currentUser, signIn } from '../services/user';

export const userMenuTestIds = { menu: 'host-user-menu', login: 'host-user-login', signIn: 'host-user-sign-in' };

const ROLE_OPTIONS = ORG_ROLES.map((role) => ({ label: role, value: role }));

export function UserMenu() {
  const user = currentUser();
  const [login, setLogin] = useState(user.login);
  const [role, setRole] = useState<OrgRole>(user.orgRole);
  const [error, setError] = useState<string>();
  const apply = () => {
    try {
      signIn({ login: login.trim(), role });
      window.location.reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const content = (
    <Stack direction="column" gap={1}>
      <Text variant="bodySmall" color="secondary">
        Sign in as another Grafana user: the app&apos;s proxy routes check this role and send the login as
        X-Grafana-User.
      </Text>
      <Input
        aria-label="Login"
        data-testid={userMenuTestIds.login}
        value={login}
        onChange={(e) => setLogin(e.currentTarget.value)}
      />
      <RadioButtonGroup options={ROLE_OPTIONS} value={role} onChange={setRole} size="sm" />
      {error && <Text color="error">{error}</Text>}
      <Button size="sm" data-testid={userMenuTestIds.signIn} onClick={apply}>
        Sign in
      </Button>
    </Stack>
  );
  return (
    <Toggletip content={content} placement="bottom-end" closeButton={false}>
      <Button variant="secondary" size="sm" icon="user" data-testid={userMenuTestIds.menu}>
        {`${user.login} (${user.orgRole})`}
      </Button>
    </Toggletip>
  );
}
