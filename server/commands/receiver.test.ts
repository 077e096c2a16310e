import { CliError } from '../cli-error';
import { type LocalReceiver } from '../escalation/local-receiver';
import { receiverCommand, runReceiver } from './receiver';

describe('scorecard receiver', () => {
  const open: LocalReceiver[] = [];
  let out = '';
  beforeEach(() => {
    out = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await Promise.all(open.splice(0).map((r) => r.close()));
  });

  it('declares --port, --host and --secret-env', () => {
    expect(receiverCommand().options.map((o) => o.long)).toEqual(['--port', '--host', '--secret-env']);
  });

  it('starts the receiver and prints its URL', async () => {
    const receiver = await runReceiver({ port: '0' }, {});
    open.push(receiver);
    expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(out.split('\n')[0]).toBe(`scorecard receiver listening on ${receiver.url}`);
    expect(out).toContain(`webhook: POST ${receiver.url}/ (signatures not checked)`);
  });

  it('checks signatures with the secret from --secret-env', async () => {
    const receiver = await runReceiver({ port: '0', secretEnv: 'HOOK_SECRET' }, { HOOK_SECRET: 'whsec_local' });
    open.push(receiver);
    expect(out).toContain('(signatures checked with $HOOK_SECRET)');
    const response = await fetch(receiver.url, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });

  it.each([
    [{ port: 'abc' }, 'invalid port "abc" (from --port): expected an integer from 0 to 65535'],
    [
      { port: '0', secretEnv: 'HOOK_SECRET' },
      '--secret-env HOOK_SECRET: the environment variable HOOK_SECRET is not set or empty',
    ],
  ])('stops with a usage error for %j', async (flags, message) => {
    const run = runReceiver(flags, {});
    await expect(run).rejects.toThrow(CliError);
    await expect(run).rejects.toThrow(message);
  });
});
