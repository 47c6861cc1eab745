// hookline validate [DIR|ARCHIVE]: the action's pre-flight checks, as JSON (contract) or text, on
// the same bundle model `hookline bundle` writes (ignore rules applied; archives read within limits).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ignoreFileFor } from '../bundle/index.js';
import { validateBundle, openBundleModel, treeFromModel } from '../validate/index.js';
import { oneOf, UsageError, type Io } from './main.js';

export async function validateCommand(positionals: string[], values: Record<string, unknown>, io: Io): Promise<number> {
  const target = oneOf('target', values.target, ['codedeploy', 'beanstalk', 'auto'] as const, 'auto');
  const format = oneOf('format', values.format, ['json', 'text'] as const, 'json');
  if (positionals.length > 1) throw new UsageError('validate takes one DIR or archive');
  const path = resolve(positionals[0] ?? '.');
  try {
    statSync(path);
  } catch {
    throw new UsageError(`${path} does not exist; give the bundle root folder or an archive (.zip, .war, .jar, .tar, .tgz)`);
  }
  const model = await openBundleModel(path, { ignoreFile: ignoreFileFor(target, path) });
  const findings = validateBundle(treeFromModel(model), target);
  if (format === 'json') {
    io.out(JSON.stringify({ findings }, null, 2) + '\n');
  } else if (findings.length === 0) {
    io.out('No findings.\n');
  } else {
    for (const f of findings) io.out(`${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}\n`);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
