// hookline bundle [DIR] --out FILE [--list]: the exact archive the action would upload, with the
// archive's sha256 and the tree digest that names its S3 key.
import { resolve } from 'node:path';
import { buildBundle } from '../bundle/index.js';
import { oneOf, UsageError, type Io } from './main.js';

export async function bundleCommand(positionals: string[], values: Record<string, unknown>, io: Io): Promise<number> {
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out FILE is required');
  const target = oneOf('target', values.target, ['codedeploy', 'beanstalk'] as const, 'codedeploy');
  const root = resolve(positionals[0] ?? '.');
  const b = await buildBundle({
    root,
    ignoreFile: target === 'codedeploy' ? '.deployignore' : '.ebignore',
    requireAppspec: target === 'codedeploy',
    outFile: resolve(values.out),
  });
  if (values.list) for (const e of b.list) io.out(`${e.mode.toString(8).padStart(6, '0')} ${String(e.size).padStart(10)} ${e.path}\n`);
  io.out(`${b.sha256}  ${values.out} (${b.entries} entries, ${b.size} bytes)\n`);
  io.out(`tree digest ${b.treeDigest ?? ''} (the action's S3 key: <prefix>/<application>-${b.treeDigest ?? ''}.zip)\n`);
  return 0;
}
