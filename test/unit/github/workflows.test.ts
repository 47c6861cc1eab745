// CI validates action.yml and every example workflow (scripts/validate-workflows.mjs): prove the
// validator runs here, passes the examples and catches a broken workflow.
import { spawnSync } from 'node:child_process';
import { validateWorkflow } from '@action-validator/core';

describe('workflow validation', () => {
  it('passes action.yml and every example workflow', () => {
    const r = spawnSync(process.execPath, ['scripts/validate-workflows.mjs'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/ok {3}action\.yml/);
    expect(r.stdout).toMatch(/ok {3}examples\/workflows\/pr-preview\.yml/);
    expect(r.status).toBe(0);
  });

  it('rejects a workflow GitHub would reject', () => {
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runs-onx: ubuntu-latest\n').errors.length).toBeGreaterThan(0);
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n').errors).toEqual([]);
  });
});
