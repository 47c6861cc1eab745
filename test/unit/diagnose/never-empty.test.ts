// Never empty: whenever the facts show a failure — a Failed/Stopped deployment, a failed target, an
// ERROR event, Severe/Red health — diagnose() (what `explain` and the action report) returns at
// least one diagnosis, and every diagnosis carries evidence and a next step.
import { ErrorCode } from '@aws-sdk/client-codedeploy';
import fc from 'fast-check';
import { fallbackDiagnosis } from '../../../src/diagnose/fallback.js';
import { diagnose, showsFailure } from '../../../src/diagnose/index.js';
import type { Diagnosis, FailureFacts } from '../../../src/types.js';

// Real fragments mixed with noise, so the runs reach both matched rules and the fallbacks.
const PHRASES = [
  'Script at specified location: scripts/start.sh failed with exit code 1',
  'Script does not exist at specified location: /opt/codedeploy-agent/deployment-root/x/d-ABCDEFGHI/deployment-archive/a.sh',
  'No space left on device',
  'CodeDeploy agent was not able to receive the lifecycle event.',
  "undefined method `each' for nil:NilClass",
  '[stderr]/bin/bash^M: bad interpreter: No such file or directory',
  'The overall deployment failed because too many individual instances failed deployment.',
  'Rate exceeded',
];
const text = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom(...PHRASES), fc.constant(''));
const events = [
  'ApplicationStop',
  'DownloadBundle',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'AllowTraffic',
  'BlockTraffic',
  'AfterAllowTraffic',
  'Custom',
];
const statuses = ['Pending', 'InProgress', 'Succeeded', 'Failed', 'Skipped', 'Unknown', 'Ready', ''];

const lifecycleEvent = fc.record(
  {
    lifecycleEventName: fc.constantFrom(...events),
    status: fc.constantFrom(...statuses),
    diagnostics: fc.record(
      {
        errorCode: fc.constantFrom(
          '',
          'Success',
          'ScriptFailed',
          'ScriptMissing',
          'ScriptNotExecutable',
          'ScriptTimedOut',
          'UnknownError',
          'Odd',
        ),
        scriptName: fc.constantFrom('', 'scripts/start.sh', '../x.sh'),
        message: text,
        logTail: text,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['lifecycleEventName'] },
);

const target = fc
  .record({
    kind: fc.constantFrom('instanceTarget', 'lambdaTarget', 'ecsTarget', 'cloudFormationTarget', 'bare'),
    targetId: fc.constantFrom('i-0123456789abcdef0', 'i-0fedcba9876543210', 'fn:live', ''),
    status: fc.constantFrom(...statuses),
    lifecycleEvents: fc.array(lifecycleEvent, { maxLength: 6 }),
  })
  .map(({ kind, ...body }) => (kind === 'bare' ? body : { [kind]: body }));

const errorInformation = fc.record(
  { code: fc.oneof(fc.constantFrom(...(Object.values(ErrorCode) as string[])), fc.string({ maxLength: 20 })), message: text },
  { requiredKeys: [] },
);

const failedDeployment: fc.Arbitrary<FailureFacts> = fc
  .record({
    status: fc.constantFrom('Failed', 'Stopped'),
    errorInformation: fc.option(errorInformation, { nil: undefined }),
    targets: fc.array(target, { maxLength: 5 }),
  })
  .map(({ status, errorInformation: err, targets }) => ({
    service: 'codedeploy' as const,
    deployment: { deploymentId: 'd-EXAMPLE01', status, ...(err ? { errorInformation: err } : {}) },
    targets,
  }));

/** Any deployment status, but one target that failed. */
const failedTarget: fc.Arbitrary<FailureFacts> = fc
  .record({ status: fc.constantFrom(...statuses), targets: fc.array(target, { maxLength: 3 }), failed: target })
  .map(({ status, targets, failed }) => {
    const withStatus = (t: Record<string, unknown>) => {
      const key = Object.keys(t).find((k) => k.endsWith('Target'));
      return key ? { [key]: { ...(t[key] as object), status: 'Failed' } } : { ...t, status: 'Failed' };
    };
    return {
      service: 'codedeploy' as const,
      deployment: { deploymentId: 'd-EXAMPLE01', status },
      targets: [...targets, withStatus(failed)],
    };
  });

const ebEvent = (severity: fc.Arbitrary<string>) =>
  fc.record({
    Message: text,
    Severity: severity,
    EnvironmentName: fc.constantFrom('shop-prod', ''),
    EventDate: fc.constant('2024-05-01T10:00:00Z'),
  });

const failedEnvironment: fc.Arbitrary<FailureFacts> = fc
  .record({
    before: fc.array(ebEvent(fc.constantFrom('INFO', 'WARN', 'ERROR', 'TRACE')), { maxLength: 5 }),
    failure: fc.oneof(
      ebEvent(fc.constantFrom('ERROR', 'FATAL')),
      ebEvent(fc.constant('WARN')).map((e) => ({ ...e, Message: 'Environment health has transitioned from Ok to Severe.' })),
      ebEvent(fc.constant('INFO')).map((e) => ({ ...e, Message: 'Environment update completed with errors.' })),
      ebEvent(fc.constant('WARN')).map((e) => ({ ...e, Message: 'Update environment operation is complete, but with command timeouts.' })),
    ),
    logs: fc.dictionary(fc.constantFrom('i-0123456789abcdef0', 'i-0fedcba9876543210'), text, { maxKeys: 2 }),
  })
  .map(({ before, failure, logs }) => ({ service: 'beanstalk' as const, events: [...before, failure], logs }));

function wellFormed(list: Diagnosis[]): void {
  expect(list.length).toBeGreaterThanOrEqual(1);
  for (const d of list) {
    expect(d.title.length).toBeGreaterThan(0);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.fix.length).toBeGreaterThan(0);
    expect(d.evidence.length).toBeGreaterThan(0);
  }
}

describe('never empty', () => {
  it('a Failed or Stopped CodeDeploy deployment always gets a diagnosis', () => {
    fc.assert(
      fc.property(failedDeployment, (facts) => {
        expect(showsFailure(facts)).toBe(true);
        wellFormed(diagnose(facts));
      }),
      { numRuns: 300 },
    );
  });

  it('a failed CodeDeploy target always gets a diagnosis, whatever the deployment status says', () => {
    fc.assert(
      fc.property(failedTarget, (facts) => {
        expect(showsFailure(facts)).toBe(true);
        wellFormed(diagnose(facts));
      }),
      { numRuns: 300 },
    );
  });

  it('a Beanstalk ERROR event, Severe health or "completed with errors" always gets a diagnosis', () => {
    fc.assert(
      fc.property(failedEnvironment, (facts) => {
        expect(showsFailure(facts)).toBe(true);
        wellFormed(diagnose(facts));
      }),
      { numRuns: 300 },
    );
  });

  // Found by fast-check at 5,000 runs: a whitespace-only error code gave a diagnosis without evidence.
  it('a blank errorInformation code still gives a diagnosis with evidence', () => {
    const facts: FailureFacts = {
      service: 'codedeploy',
      deployment: { deploymentId: 'd-EXAMPLE01', status: 'Failed', errorInformation: { code: ' ' } },
      targets: [],
    };
    const result = diagnose(facts);
    wellFormed(result);
    expect(result.map((d) => d.category)).toEqual(['unknown']);
  });

  it('facts without a failure stay empty', () => {
    expect(showsFailure({ service: 'codedeploy', deployment: { status: 'Succeeded' }, targets: [] })).toBe(false);
    expect(
      showsFailure({ service: 'beanstalk', events: [{ Message: 'Environment update completed successfully.', Severity: 'INFO' }] }),
    ).toBe(false);
    expect(
      diagnose({ service: 'beanstalk', events: [{ Message: 'Environment update completed successfully.', Severity: 'INFO' }] }),
    ).toEqual([]);
  });

  it('the fallback names the raw lines, the log to read next and the console page', () => {
    const eb = fallbackDiagnosis({
      service: 'beanstalk',
      events: [
        { Message: 'Something new went wrong on [Instance: i-0123456789abcdef0].', Severity: 'ERROR', EnvironmentName: 'shop-prod' },
        { Message: '', Severity: 'FATAL', EventDate: '2024-05-01T10:00:00Z' },
      ],
    });
    expect(eb).toMatchObject({ category: 'unknown', instances: ['i-0123456789abcdef0'] });
    expect(eb.fix).toContain('/var/log/eb-engine.log');
    expect(eb.fix).toContain('console.aws.amazon.com/elasticbeanstalk');
    expect(eb.evidence).toEqual([
      'Something new went wrong on [Instance: i-0123456789abcdef0].',
      'FATAL event at 2024-05-01T10:00:00Z without a message',
    ]);

    const cd = fallbackDiagnosis({
      service: 'codedeploy',
      deployment: { deploymentId: 'd-EXAMPLE01', status: 'Failed' },
      targets: [
        {
          instanceTarget: {
            targetId: 'i-0123456789abcdef0',
            targetArn: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-0123456789abcdef0',
            status: 'Failed',
            lifecycleEvents: [],
          },
        },
      ],
    });
    expect(cd.fix).toContain('/opt/codedeploy-agent/deployment-root/deployment-logs/codedeploy-agent-deployments.log');
    expect(cd.fix).toContain('https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-EXAMPLE01?region=eu-west-1');
    expect(cd.instances).toEqual(['i-0123456789abcdef0']);
    expect(cd.evidence[0]).toBe('deployment d-EXAMPLE01: Failed');
  });
});
