// CLI dispatch. Commands share the action's modules; output shapes are the DESIGN.md contract.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { VERSION } from '../version.js';

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

export class UsageError extends Error {}

const HELP = `hookline ${VERSION} — release to AWS CodeDeploy / Elastic Beanstalk and explain failed hooks

Usage:
  hookline validate [DIR|ARCHIVE] [--target codedeploy|beanstalk|auto] [--format json|text]
      Pre-flight checks of appspec.yml, .ebextensions, .platform hooks and Procfile.
      Exit 1 when any finding is an error.
  hookline bundle [DIR] --out FILE [--list] [--target codedeploy|beanstalk] [--keep-modes]
      Write the deterministic revision archive the action would upload; print its sha256 and
      the tree digest that names its S3 key.
      Scripts the release runs get 0755 when none is executable (restore-exec-bits); --keep-modes ships modes as they are.
  hookline explain --input FILE [--appspec DIR] [--format json|text]
  hookline explain --deployment-id ID | --environment NAME [--application APP] [--region R] [--appspec DIR]
      Diagnose a failed release from AWS facts (a JSON file, or fetched from AWS).

Options:
  -h, --help      show this help
  -v, --version   print the version
`;

type Handler = (positionals: string[], values: Record<string, string | boolean | undefined>, io: Io) => Promise<number>;

const COMMANDS: Record<string, { options: NonNullable<ParseArgsConfig['options']>; load: () => Promise<Handler> }> = {
  validate: {
    options: { target: { type: 'string' }, format: { type: 'string' } },
    load: async () => (await import('./validate.js')).validateCommand,
  },
  bundle: {
    options: { out: { type: 'string' }, list: { type: 'boolean' }, target: { type: 'string' }, 'keep-modes': { type: 'boolean' } },
    load: async () => (await import('./bundle.js')).bundleCommand,
  },
  explain: {
    options: {
      input: { type: 'string' },
      appspec: { type: 'string' },
      format: { type: 'string' },
      'deployment-id': { type: 'string' },
      environment: { type: 'string' },
      application: { type: 'string' },
      region: { type: 'string' },
    },
    load: async () => (await import('./explain.js')).explainCommand,
  },
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec) {
    io.err(`hookline: unknown command '${command}'. Commands: ${Object.keys(COMMANDS).join(', ')}. See hookline --help.\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const handler = await spec.load();
    return await handler(positionals, values as Record<string, string | boolean | undefined>, io);
  } catch (err) {
    const e = err as { code?: string; message?: string; name?: string };
    if (err instanceof UsageError || (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'))) {
      io.err(`hookline ${command}: ${e.message}\nSee hookline --help.\n`);
      return 2;
    }
    io.err(`hookline ${command}: ${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message ?? String(err)}\n`);
    return 1;
  }
}

export function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got '${String(value)}'`);
}
