// The transient table of `retries: N`: which diagnosed causes start a new deployment. Facts are in
// the SDK shapes the release reads (GetDeployment, BatchGetDeploymentTargets).
import { causesOf, judge, transientWhy, TRANSIENT } from '../../../src/retry/transient.js';
import { DIAGNOSIS_CATEGORIES } from '../../../src/types.js';
import { PLATFORM_MESSAGES } from '../../emulator/codedeploy/platform-faults.js';
import { cdFacts, deployment, instanceTarget, HEALTH_MESSAGE } from '../diagnose/fixtures/build.js';

const verdictOf = (facts: Parameters<typeof causesOf>[0]) => judge(causesOf(facts));

describe('transient causes', () => {
  it('lists only known categories, and every other category is permanent', () => {
    for (const c of Object.keys(TRANSIENT)) expect(DIAGNOSIS_CATEGORIES).toContain(c);
    const permanent = DIAGNOSIS_CATEGORIES.filter((c) => !(c in TRANSIENT));
    for (const category of permanent) expect(transientWhy({ category, rule: null, text: '' })).toBeUndefined();
    expect(permanent).toEqual(expect.arrayContaining(['script-failed', 'bundle-invalid', 'appspec-invalid', 'script-missing']));
  });

  it('retries a deployment AWS failed with INTERNAL_ERROR or THROTTLED', () => {
    // The emulator's platformError fault answers with these (the e2e retry test relies on them).
    for (const [code, message] of Object.entries(PLATFORM_MESSAGES)) {
      const v = verdictOf({ service: 'codedeploy', deployment: deployment(code, message), targets: [] });
      expect(v).toMatchObject({ transient: true, causes: [{ category: 'platform-error' }] });
      expect(v.reason).toMatch(/internal error or throttled/);
    }
  });

  it('retries an agent that restarted mid-event, not an agent that never answered', () => {
    const restarted = cdFacts([
      instanceTarget('i-1', {
        event: 'AfterInstall',
        errorCode: 'UnknownError',
        message: 'Failed: Failing in-progress lifecycle event after an agent restart.',
      }),
    ]);
    expect(verdictOf(restarted)).toMatchObject({
      transient: true,
      causes: [{ category: 'agent-unavailable', rule: 'codedeploy/agent-restarted' }],
    });
    const gone = cdFacts([
      instanceTarget('i-1', {
        event: 'BeforeInstall',
        errorCode: 'UnknownError',
        message: 'The CodeDeploy agent is not running on the instance.',
      }),
    ]);
    expect(verdictOf(gone)).toMatchObject({ transient: false, causes: [{ category: 'agent-unavailable' }] });
  });

  it('retries a timeout talking to S3, never an S3 refusal', () => {
    const timeout = cdFacts([
      instanceTarget('i-1', {
        event: 'DownloadBundle',
        errorCode: 'UnknownError',
        message: 'Net::OpenTimeout: Failed to open TCP connection to shop-releases.s3.amazonaws.com:443 (execution expired)',
      }),
    ]);
    expect(verdictOf(timeout)).toMatchObject({ transient: true, reason: 'the instance timed out talking to S3' });
    const denied = cdFacts([
      instanceTarget('i-1', {
        event: 'DownloadBundle',
        errorCode: 'UnknownError',
        message: 'Aws::S3::Errors::AccessDenied - Access Denied',
      }),
    ]);
    expect(verdictOf(denied)).toMatchObject({ transient: false, causes: [{ category: 'bundle-access-denied' }] });
  });

  it('never retries a script that failed, and HEALTH_CONSTRAINTS only restates it', () => {
    const facts = cdFacts([
      instanceTarget('i-1', {
        event: 'ApplicationStart',
        errorCode: 'ScriptFailed',
        scriptName: 'scripts/start.sh',
        message: 'Script at specified location: scripts/start.sh run as user root failed with exit code 3',
      }),
    ]);
    const v = verdictOf(facts);
    expect(v.transient).toBe(false);
    expect(v.causes.map((c) => c.category)).toEqual(['script-failed']);
    expect(v.reason).toBe('script-failed is not transient: the same revision would fail again');
  });

  it('is not transient when one instance failed transiently and another in its script', () => {
    const facts = cdFacts([
      instanceTarget('i-1', {
        event: 'AfterInstall',
        errorCode: 'UnknownError',
        message: 'Failing in-progress lifecycle event after an agent restart.',
      }),
      instanceTarget('i-2', {
        event: 'AfterInstall',
        errorCode: 'ScriptFailed',
        message: 'Script at specified location: a.sh failed with exit code 1',
      }),
    ]);
    expect(verdictOf(facts)).toMatchObject({ transient: false, reason: expect.stringMatching(/^script-failed is not transient/) });
  });

  it('is not transient without any cause, nor for a bundle that is wrong', () => {
    expect(judge([])).toMatchObject({ transient: false, reason: 'no cause could be read from CodeDeploy' });
    const v = verdictOf({ service: 'codedeploy', deployment: deployment('INVALID_REVISION', 'The AppSpec file is missing.'), targets: [] });
    expect(v.transient).toBe(false);
    expect(v.causes[0]?.category).toBe('bundle-invalid');
    expect(verdictOf(cdFacts([], 'HEALTH_CONSTRAINTS', HEALTH_MESSAGE)).transient).toBe(false);
  });
});
