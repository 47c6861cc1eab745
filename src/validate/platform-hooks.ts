// Elastic Beanstalk (Amazon Linux 2/2023) platform hooks: .platform/hooks/<stage>/* and
// .platform/confighooks/<stage>/*, run in name order as root; each file is executed directly.
import type { Finding } from '../types.js';
import { baseName, isExecutable, TreeIndex } from './paths.js';
import { checkLineEndings, isTextScript, notExecutable } from './scripts.js';
import { finding } from './source.js';
import { didYouMean } from './suggest.js';

export const HOOK_STAGES = ['prebuild', 'predeploy', 'postdeploy'] as const;
const HOOK_DIRS = ['hooks', 'confighooks'];

export function validatePlatformHooks(index: TreeIndex): Finding[] {
  const out: Finding[] = [];
  for (const p of index.files()) {
    const parts = p.split('/');
    if (parts[0] !== '.platform' || parts.length < 3) continue;
    const kind = parts[1] as string;
    if (!HOOK_DIRS.includes(kind)) continue;
    if (parts.length === 3) {
      out.push(
        finding(
          p,
          { line: 1, column: 1 },
          'warning',
          'platform/hook-stage',
          `${p} never runs: hook files go in a stage folder, .platform/${kind}/prebuild, predeploy or postdeploy.`,
        ),
      );
      continue;
    }
    const stage = parts[2] as string;
    if (!(HOOK_STAGES as readonly string[]).includes(stage)) {
      out.push(
        finding(
          p,
          { line: 1, column: 1 },
          'error',
          'platform/hook-stage',
          `${p} never runs: '${stage}' is not a platform hook stage (prebuild, predeploy, postdeploy).${didYouMean(stage, HOOK_STAGES)}`,
        ),
      );
      continue;
    }
    if (parts.length > 4) continue; // helpers in subfolders are not run by the platform
    const entry = index.get(p);
    if (!entry) continue;
    const text = index.read(p);
    const name = baseName(p);
    if (text !== undefined && isTextScript(text)) {
      if (!text.startsWith('#!')) {
        const looksLikeConfig = name.endsWith('.config') || /^(commands|container_commands|files|option_settings|packages)\s*:/m.test(text);
        out.push(
          finding(
            p,
            { line: 1, column: 1 },
            'error',
            'platform/hook-no-shebang',
            looksLikeConfig
              ? `${p} is an .ebextensions-style configuration, but files in .platform/${kind}/${stage}/ are executed as programs; it fails with "exec format error". Move it to .ebextensions/${name.replace(/\.[^.]*$/, '')}.config, or turn it into a script starting with #!/bin/bash.`
              : `${p} has no #! line; the platform executes hook files directly, so it fails with "exec format error". Start it with an interpreter line such as #!/bin/bash.`,
          ),
        );
      }
      out.push(...checkLineEndings(p, text, `the ${stage} platform hook`));
    }
    if (entry.type === 'file' && !isExecutable(entry)) {
      out.push(
        notExecutable(
          p,
          'warning',
          'platform/hook-not-executable',
          'Platform versions released since 2022-04-29 add the bit themselves; older Amazon Linux 2 platforms fail the deployment with "permission denied".',
        ),
      );
    }
  }
  return out;
}
