// Pre-flight for ECS and Lambda releases: there is no bundle, only the AppSpec file the `appspec`
// input names (findings carry its workspace-relative path). Without one, hookline writes the
// AppSpec itself and there is nothing to check.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ComputeInputs } from '../settings/compute.js';
import type { Finding } from '../types.js';
import { validateComputeAppSpec } from '../validate/compute-appspec.js';
import { sortFindings } from '../validate/index.js';

export function computeFindings(c: Exclude<ComputeInputs, { kind: 'server' }>, workspace: string): Finding[] {
  if (!c.appspec) return [];
  const file = relative(workspace, c.appspec);
  return sortFindings(validateComputeAppSpec(readFileSync(c.appspec, 'utf8'), file, c.kind === 'ecs' ? 'ECS' : 'Lambda'));
}
