// The CodeDeploy rule table: well formed, every rule exercised by a fixture in the AWS shape, and
// every rule listed on its category's docs page.
import { readFileSync } from 'node:fs';
import { classifyDeploymentError, classifyHook, collectFailures } from '../../../src/diagnose/codedeploy.js';
import { HOOK_RULES } from '../../../src/diagnose/rules/codedeploy.js';
import { str, obj } from '../../../src/diagnose/text.js';
import { DIAGNOSIS_CATEGORIES } from '../../../src/types.js';
import type { Scenario } from './fixtures/build.js';
import { codedeployScenarios } from './fixtures/codedeploy.js';
import { codedeployAgentScenarios } from './fixtures/codedeploy-agent.js';

const scenarios: Scenario[] = [...codedeployScenarios, ...codedeployAgentScenarios];

/** Every rule id a scenario's facts go through (each failed event, and the deployment's errorInformation). */
function rulesHit(s: Scenario): string[] {
  const ids: string[] = [];
  const deploymentId = str(s.facts.deployment, 'deploymentId');
  for (const f of collectFailures(s.facts.targets).failures) ids.push(classifyHook(f, deploymentId, s.bundle).rule.id);
  const err = obj(s.facts.deployment, 'errorInformation');
  const { ruleId } = classifyDeploymentError({ code: str(err, 'code'), message: str(err, 'message') });
  if (ruleId) ids.push(ruleId);
  return ids;
}

describe('the CodeDeploy rule table', () => {
  it('has unique ids, a known category and a cited source on every rule', () => {
    const ids = HOOK_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of HOOK_RULES) {
      expect(r.id).toMatch(/^codedeploy\/[a-z0-9-]+$/);
      expect(DIAGNOSIS_CATEGORIES).toContain(r.category);
      expect(r.source.length).toBeGreaterThan(10);
    }
  });

  it('ends with a catch-all for lifecycle events', () => {
    const last = HOOK_RULES[HOOK_RULES.length - 1];
    expect(last?.category).toBe('unknown');
    const f = {
      target: 'i-1',
      targetType: 'instance' as const,
      event: 'Whatever',
      errorCode: '',
      scriptName: '',
      message: '',
      logTail: '',
    };
    expect(classifyHook(f).rule.id).toBe(last?.id);
  });

  it.each(scenarios.filter((s) => s.expect.rule).map((s) => [s.name, s] as const))('%s goes through its rule', (_n, s) => {
    expect(rulesHit(s)).toContain(s.expect.rule);
  });

  it('every rule is exercised by at least one fixture', () => {
    const hit = new Set(scenarios.flatMap(rulesHit));
    expect(HOOK_RULES.map((r) => r.id).filter((id) => !hit.has(id))).toEqual([]);
  });

  it.each(HOOK_RULES.map((r) => [r.id, r.category] as const))('%s is listed on docs/diagnoses/%s.md', (id, category) => {
    const page = readFileSync(new URL(`../../../docs/diagnoses/${category}.md`, import.meta.url), 'utf8');
    expect(page).toContain('## Recognised by');
    expect(page).toContain(`\`${id}\``);
  });
});

describe('deployment errorInformation goes through the same text rules', () => {
  it.each([
    ['INVALID_REVISION', 'The AppSpec file cannot be parsed.', 'appspec-invalid'],
    ['INVALID_REVISION', 'The revision does not contain an AppSpec file.', 'bundle-invalid'],
    ['', 'The specification for load balancing in the deployment group is invalid.', 'load-balancer'],
    ['INTERNAL_ERROR', 'CodeDeploy does not have the permissions required to assume the role arn:aws:iam::1:role/x.', 'iam-permissions'],
    ['HEALTH_CONSTRAINTS', 'The overall deployment failed because too many individual instances failed deployment.', 'health-constraints'],
  ])('%s %j → %s', (code, message, category) => {
    expect(classifyDeploymentError({ code, message }).category).toBe(category);
  });

  it('falls back to the code when no text rule matches', () => {
    expect(classifyDeploymentError({ code: 'NO_INSTANCES', message: 'Something else.' })).toEqual({
      ruleId: null,
      category: 'no-instances',
    });
    expect(classifyDeploymentError({ code: '', message: '' })).toEqual({ ruleId: null, category: 'unknown' });
  });
});
