// Validates action.yml, the repository's workflows and every example workflow with @action-validator (the SchemaStore
// schemas for actions and workflows), then checks that each step using hookline passes only
// inputs action.yml declares. CI runs it; exits 1 on any problem.
//
// The action schema in @action-validator/core 0.6.0 predates `runs.using: node24` (it lists
// node12/16/20): action.yml is validated with that one value swapped, and node24 is checked here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateAction, validateWorkflow } from '@action-validator/core';

let failed = 0;
const report = (file, errors) => {
  if (errors.length === 0) {
    console.log(`ok   ${file}`);
    return;
  }
  failed++;
  console.log(`FAIL ${file}`);
  for (const e of errors) console.log(`     ${typeof e === 'string' ? e : JSON.stringify(e)}`);
};

const actionSrc = readFileSync('action.yml', 'utf8');
const action = parse(actionSrc);
const actionErrors = [];
if (action?.runs?.using !== 'node24')
  actionErrors.push(`runs.using must be node24 (GitHub's current Node runtime); got ${action?.runs?.using}`);
actionErrors.push(...validateAction(actionSrc.replace(/^(\s*using:\s*)node24\s*$/m, '$1node20')).errors);
report('action.yml', actionErrors);

const inputs = new Set(Object.keys(action?.inputs ?? {}));
const files = ['.github/workflows', join('examples', 'workflows')]
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f)),
  );
for (const file of files) {
  const src = readFileSync(file, 'utf8');
  // The workflow schema in @action-validator/core 0.6.0 predates the `attestations` permission
  // (needed by actions/attest-build-provenance): validated without that line; actionlint knows it.
  const errors = [...validateWorkflow(src.replace(/^\s*attestations:\s*(read|write|none)\s*(#.*)?$/m, '')).errors];
  const wf = parse(src);
  for (const [jobId, job] of Object.entries(wf?.jobs ?? {})) {
    for (const [i, step] of (job?.steps ?? []).entries()) {
      if (typeof step?.uses !== 'string' || !/^(hookline\/hookline@|\.\/?$)/.test(step.uses)) continue;
      for (const key of Object.keys(step.with ?? {})) {
        if (!inputs.has(key)) errors.push(`jobs.${jobId}.steps[${i}]: '${key}' is not an input of action.yml`);
      }
    }
  }
  if (/pull_request_target/.test(JSON.stringify(wf?.on ?? {}))) errors.push('examples must not run on pull_request_target');
  report(file, errors);
}
if (failed) {
  console.error(`${failed} file(s) failed validation`);
  process.exit(1);
}
