// hookline explain: diagnoses from AWS facts — a JSON file (contract in DESIGN.md) or fetched live.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FailureFacts, Diagnosis } from '../types.js';
import { diagnose } from '../diagnose/index.js';
import { treeFromDirectory } from '../validate/index.js';
import { bundleFilesFromTree } from '../flows/bundle-files.js';
import { oneOf, UsageError, type Io } from './main.js';

export async function explainCommand(_positionals: string[], values: Record<string, unknown>, io: Io): Promise<number> {
  const format = oneOf('format', values.format, ['json', 'text'] as const, 'json');
  const sources = ['input', 'deployment-id', 'environment'].filter((k) => typeof values[k] === 'string');
  if (sources.length !== 1) throw new UsageError('give exactly one of --input FILE, --deployment-id ID, --environment NAME');
  const facts = typeof values.input === 'string' ? readFacts(resolve(values.input)) : await fetchFacts(values);
  const bundle = typeof values.appspec === 'string' ? bundleFilesFromTree(await treeFromDirectory(resolve(values.appspec))) : undefined;
  const diagnoses = diagnose(facts, bundle);
  io.out(format === 'json' ? JSON.stringify({ diagnoses }, null, 2) + '\n' : renderText(diagnoses));
  return 0;
}

function readFacts(file: string): FailureFacts {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`--input ${file} must be a JSON file of AWS facts: ${(err as Error).message}`);
  }
  const f = parsed as Partial<FailureFacts>;
  if (!f || (f.service !== 'codedeploy' && f.service !== 'beanstalk')) {
    throw new UsageError(`--input ${file} must be a JSON object with "service": "codedeploy" or "beanstalk" (see hookline --help)`);
  }
  return f as FailureFacts;
}

async function fetchFacts(values: Record<string, unknown>): Promise<FailureFacts> {
  const region = typeof values.region === 'string' ? values.region : process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  if (!region) throw new UsageError('--region is required when AWS_REGION is not set');
  if (typeof values['deployment-id'] === 'string') {
    const { codeDeployFacts } = await import('../codedeploy/facts.js');
    return codeDeployFacts(values['deployment-id'], region);
  }
  const { beanstalkFacts } = await import('../beanstalk/facts.js');
  if (typeof values.application !== 'string') throw new UsageError('--application is required with --environment');
  return beanstalkFacts({ application: values.application, environment: values.environment as string, region });
}

function renderText(diagnoses: Diagnosis[]): string {
  if (diagnoses.length === 0) return 'No failure found in these facts.\n';
  return diagnoses
    .map((d) => {
      const where = d.file ? ` (${d.file}${d.line ? `:${d.line}` : ''})` : '';
      const on = d.instances.length ? `\n  instances: ${d.instances.join(', ')}` : '';
      const ev = d.evidence.length ? `\n  evidence:\n${d.evidence.map((e) => `    ${e}`).join('\n')}` : '';
      return `${d.severity.toUpperCase()} [${d.category}] ${d.title}${where}\n  ${d.message}${on}${ev}\n  fix: ${d.fix}\n`;
    })
    .join('\n');
}
