// Small helpers shared by the validation tests (pure: trees are built in memory).
import type { Finding, Severity } from '../../../src/types.js';
import { treeFromFiles, validateBundle, type MemoryFile, type ValidateTarget } from '../../../src/validate/index.js';

export const EXEC = 0o100755;

export function run(files: Record<string, string | MemoryFile>, target: ValidateTarget = 'auto'): Finding[] {
  return validateBundle(treeFromFiles(files), target);
}

export function rules(findings: Finding[], severity?: Severity): string[] {
  return findings.filter((f) => !severity || f.severity === severity).map((f) => f.rule);
}

export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** An executable script with LF line endings. */
export function script(body = 'echo ok'): MemoryFile {
  return { content: `#!/bin/bash\n${body}\n`, mode: EXEC };
}
