// `npm run emulator -- --scenario FILE [--port N]`: the emulator in the foreground on 127.0.0.1.
// Prints exactly one line once listening; exits cleanly on SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scenario: { type: 'string' }, port: { type: 'string' }, 'work-dir': { type: 'string' } },
    strict: true,
  });
  if (!values.scenario) throw new Error('usage: npm run emulator -- --scenario FILE [--port N] [--work-dir DIR]');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535 (got ${values.port})`);
  const emu = await startEmulator({ scenario: values.scenario, port, ...(values['work-dir'] ? { workDir: values['work-dir'] } : {}) });
  console.log(`hookline-emulator listening ${emu.url}`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    emu.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`hookline-emulator: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});
