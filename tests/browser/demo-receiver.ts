// The receiver the demo's escalation policy notifies (127.0.0.1:3101), as `serve --demo` starts it.
import { startLocalReceiver, type LocalReceiver } from '../../server/escalation/local-receiver';

export const DEMO_RECEIVER_URL = 'http://127.0.0.1:3101';

/** Starts it unless something already listens there (a running `npm start` has its own). */
export async function startDemoReceiver(): Promise<LocalReceiver | undefined> {
  try {
    return await startLocalReceiver({ port: 3101, host: '127.0.0.1' });
  } catch (error) {
    process.stderr.write(`demo receiver not started (port 3101): ${String(error)}\n`);
    return undefined;
  }
}
