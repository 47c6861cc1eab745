// hookline bundle [DIR] --out FILE [--list]: the exact archive the action would upload, with the
// archive's sha256 and the tree digest that names its S3 key.
import { resolve } from 'node:path';
import { buildBundle, directoryModel } from '../bundle/index.js';
import { withExecBits } from '../flows/exec-bits.js';
import { oneOf, UsageError, type Io } from './main.js';

export async function bundleCommand(positionals: string[], values: Record<string, unknown>, io: Io): Promise<number> {
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out FILE is required');
  const target = oneOf('target', values.target, ['codedeploy', 'beanstalk'] as const, 'codedeploy');
  const root = resolve(positionals[0] ?? '.');
  const ignoreFile = target === 'codedeploy' ? '.deployignore' : '.ebignore';
  const outFile = resolve(values.out);
  // As the action with restore-exec-bits (its default); --keep-modes is restore-exec-bits: false.
  const walked = await directoryModel({ root, ignoreFile, skip: [outFile] });
  const b = await buildBundle({
    root,
    model: values['keep-modes'] ? walked : withExecBits(walked),
    ignoreFile,
    requireAppspec: target === 'codedeploy',
    outFile,
  });
  if (values.list) for (const e of b.list) io.out(`${e.mode.toString(8).padStart(6, '0')} ${String(e.size).padStart(10)} ${e.path}\n`);
  io.out(`${b.sha256}  ${values.out} (${b.entries} entries, ${b.size} bytes)\n`);
  io.out(`tree digest ${b.treeDigest ?? ''} (the action's S3 key: <prefix>/<application>-${b.treeDigest ?? ''}.zip)\n`);
  return 0;
}
