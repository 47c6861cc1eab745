import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isTerminalFailure } from '../../../src/beanstalk/terminal-events.js';
import { isErrorEvent } from '../../../src/beanstalk/watch.js';
import { diagnoseBeanstalk, eventFacts, instanceFacts, splitTailLogs } from '../../../src/diagnose/beanstalk.js';
import { diagnose } from '../../../src/diagnose/index.js';
import { BEANSTALK_RULES } from '../../../src/diagnose/rules/beanstalk.js';
import { firstMatch } from '../../../src/diagnose/table.js';
import { DIAGNOSIS_CATEGORIES, type Diagnosis, type FailureFacts } from '../../../src/types.js';
import { beanstalkScenarios } from './fixtures/beanstalk.js';
import { beanstalkClassScenarios } from './fixtures/beanstalk-classes.js';
import { ebEvent, failureChain, tailLogs, type Scenario } from './fixtures/build.js';

function text(d: Diagnosis): string {
  return [d.title, d.message, d.fix, ...d.evidence].join('\n');
}

describe.each(beanstalkClassScenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
  const result = diagnose(s.facts, s.bundle);
  const first = result[0] as Diagnosis;

  it(`is diagnosed first as ${s.expect.category}`, () => expect(first?.category).toBe(s.expect.category));
  if (s.expect.instances) it('lists the instances', () => expect(first.instances).toEqual(s.expect.instances));
  if (s.expect.lifecycleEvent !== undefined) it('names the step', () => expect(first.lifecycleEvent).toBe(s.expect.lifecycleEvent));
  if (s.expect.file !== undefined) it('points at the file', () => expect(first.file).toBe(s.expect.file));
  if (s.expect.line !== undefined) it('points at the line', () => expect(first.line).toBe(s.expect.line));
  for (const m of s.expect.mentions ?? []) it(`mentions ${JSON.stringify(m)}`, () => expect(text(first)).toContain(m));
});

/** The ids of the rules that decide each event and each instance of the scenarios. */
function rulesHit(scenarios: Scenario[]): Set<string> {
  const ids = new Set<string>();
  for (const s of scenarios) {
    for (const e of s.facts.events ?? []) {
      const hit = firstMatch(BEANSTALK_RULES, eventFacts(String(e.Message ?? ''), s.bundle));
      if (hit) ids.add(hit.rule.id);
    }
    for (const t of Object.values(s.facts.logs ?? {})) {
      const hit = firstMatch(BEANSTALK_RULES, instanceFacts(t, s.bundle));
      if (hit) ids.add(hit.rule.id);
    }
  }
  return ids;
}

describe('the Beanstalk rule table', () => {
  it('has unique ids, each citing where its wording comes from', () => {
    const ids = BEANSTALK_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BEANSTALK_RULES) {
      expect(r.id).toMatch(/^beanstalk\/[a-z-]+$/);
      expect(r.source).toMatch(/https:\/\/|\.log\b|"/);
      expect(DIAGNOSIS_CATEGORIES).toContain(r.category);
    }
  });

  it('every rule decides at least one fixture (a rule is one entry plus one fixture)', () => {
    const hit = rulesHit([...beanstalkScenarios, ...beanstalkClassScenarios]);
    for (const line of Object.values(SINGLE_LINES)) hit.add(firstMatch(BEANSTALK_RULES, eventFacts(line))?.rule.id ?? '');
    expect(BEANSTALK_RULES.map((r) => r.id).filter((id) => !hit.has(id))).toEqual([]);
  });

  it("each rule is listed under 'Recognised by' on its category's page", () => {
    for (const r of BEANSTALK_RULES) {
      const page = readFileSync(new URL(`../../../docs/diagnoses/${r.category}.md`, import.meta.url), 'utf8');
      expect([r.id, page.slice(page.indexOf('## Recognised by')).includes(`\`${r.id}\``)]).toEqual([r.id, true]);
    }
  });

  it('each single-line event reaches its own rule and category', () => {
    for (const [id, line] of Object.entries(SINGLE_LINES)) {
      expect([id, firstMatch(BEANSTALK_RULES, eventFacts(line))?.rule.id]).toEqual([id, id]);
    }
  });

  it('each rule’s category is the one it reports', () => {
    for (const [id, line] of Object.entries(SINGLE_LINES)) {
      const hit = firstMatch(BEANSTALK_RULES, eventFacts(line));
      expect(hit?.cause.category).toBe(hit?.rule.category);
      expect(hit?.rule.id).toBe(id);
    }
  });
});

/** One real-format event line per wording-only rule (sources: the rules' `source`). */
const SINGLE_LINES: Record<string, string> = {
  'beanstalk/docker-config-invalid': 'No EXPOSE directive found in Dockerfile, abort deployment',
  'beanstalk/docker-image-pull-failed':
    'Instance deployment: The ECR service failed to authenticate your private repository. The deployment failed.',
  'beanstalk/application-version-rejected': 'Failed to create the AWS Elastic Beanstalk application version',
  'beanstalk/command-timeout': 'Update environment operation is complete, but with command timeouts. Try increasing the timeout period.',
  'beanstalk/platform-template-bug':
    'Service:AmazonCloudFormation, Message:Template error: Unable to get mapping for AWSEBAWSInstanceTypeFamily2Arch::t3a::Arch',
  'beanstalk/load-balancer': 'ELB cannot be attached to multiple subnets in the same AZ',
  'beanstalk/concurrent-operation': 'Environment shop-prod is in an invalid state: another operation is already in progress.',
  'beanstalk/legacy-hook-failed':
    'Hook /opt/elasticbeanstalk/hooks/appdeploy/pre/12_db_migration.sh failed. For more detail, check /var/log/eb-activity.log using console or EB CLI.',
  'beanstalk/instance-profile-or-role': 'Instance deployment failed to get one or more secrets',
  'beanstalk/ebextensions-invalid':
    'Instance deployment detected one or more multiline environment values, which are not supported for this platform',
  'beanstalk/macosx-resource-fork':
    'The configuration file __MACOSX/shop/.ebextensions/._db.config in application version v42 contains invalid YAML or JSON. YAML exception: Invalid Yaml: unacceptable character',
  'beanstalk/legacy-command-output':
    '[Instance: i-0abc1234def567890] Command failed on instance. Return code: 1 Output: (TRUNCATED)...rake aborted!\nActiveRecord::NoDatabaseError: FATAL:  database "shop" does not exist',
  'beanstalk/source-bundle-download-failed': 'Failed to download the application source bundle from S3: Access Denied',
  'beanstalk/launch-configuration-unavailable':
    'Creating Auto Scaling launch configuration failed Reason: Resource handler returned message: "The Launch Configuration creation operation is not available in your account. Use launch templates to create configuration templates for your Auto Scaling groups."',
};

describe('tail logs', () => {
  it('reads every file the platform writes, nested paths by base name', () => {
    const logs = splitTailLogs(
      tailLogs({
        'eb-engine.log': ['a'],
        'nginx/error.log': ['b'],
        'web.stdout.log': ['c'],
        'cfn-init-cmd.log': ['d'],
        'eb-hooks.log': ['e'],
      }),
    );
    expect(Object.fromEntries(logs)).toEqual({
      'eb-engine.log': ['a'],
      'error.log': ['b'],
      'web.stdout.log': ['c'],
      'cfn-init-cmd.log': ['d'],
      'eb-hooks.log': ['e'],
    });
  });

  it('accepts a header that lost its closing dashes', () => {
    expect(Object.fromEntries(splitTailLogs('-----\n/var/log/eb-engine.log\nline\n-----\n/var/log/web.stdout.log\n-----\nweb'))).toEqual({
      'eb-engine.log': ['line'],
      'web.stdout.log': ['web'],
    });
  });

  it('keeps text without headers, and lines that only look like paths', () => {
    expect(Object.fromEntries(splitTailLogs('x\n/var/log/not-a-header\ny\r\n'))).toEqual({ unknown: ['x', '/var/log/not-a-header', 'y'] });
  });

  it('takes the latest failed eb-engine step, with its stderr continuation lines', () => {
    const f = instanceFacts(
      tailLogs({
        'eb-engine.log': [
          '2024/06/01 08:00:00.000000 [ERROR] An error occurred during execution of command [app-deploy] - [Old]. Stop running the command. Error: old',
          '2024/06/01 09:00:00.000000 [ERROR] An error occurred during execution of command [app-deploy] - [New]. Stop running the command. Error: first',
          'second line of stderr',
          '2024/06/01 09:00:01.000000 [INFO] Executing cleanup logic',
        ],
      }),
    );
    expect(f.step).toMatchObject({ command: 'app-deploy', step: 'New', detail: 'first\nsecond line of stderr' });
  });
});

describe('terminal events (what the EB CLI treats as failure)', () => {
  it.each([
    'Update environment operation is complete, but with errors. For more information, see troubleshooting documentation.',
    'Create environment operation is complete, but with errors. For more information, see troubleshooting documentation.',
    'Environment health has been set to RED',
    'Failed to deploy application.',
    'Failed to deploy configuration.',
    'Failed to launch environment.',
    'The environment was reverted to the previous configuration setting.',
  ])('%s', (message) => {
    expect(isTerminalFailure(message)).toBe(true);
    expect(isErrorEvent({ Message: message, Severity: 'INFO' })).toBe(true);
  });

  it('leaves progress and success alone', () => {
    for (const m of [
      'Environment update completed successfully.',
      'Deploying new version to instance(s).',
      'Environment health has transitioned from Severe to Ok.',
    ]) {
      expect(isTerminalFailure(m)).toBe(false);
    }
  });
});

describe('never empty', () => {
  const severity = fc.constantFrom('ERROR', 'FATAL', 'WARN', 'INFO', undefined);
  const message = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.constantFrom(
      'Failed to deploy application.',
      'Update environment operation is complete, but with errors.',
      "Instance deployment failed. For details, see 'eb-engine.log'.",
      '[Instance: i-0abc1234def567890] Command failed on instance. Return code: 1 Output: Engine execution has encountered an error..',
      'Environment health has transitioned from Ok to Severe.',
    ),
  );
  const event = fc.record({ Message: message, Severity: severity }, { requiredKeys: [] });
  const logText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc
      .array(
        fc.tuple(
          fc.constantFrom('eb-engine.log', 'cfn-init.log', 'web.stdout.log', 'nginx/error.log', 'eb-hooks.log'),
          fc.array(fc.string(), { maxLength: 4 }),
        ),
        {
          maxLength: 4,
        },
      )
      .map((files) => tailLogs(Object.fromEntries(files))),
  );
  const failing = fc.oneof(
    fc.record({ Message: message, Severity: fc.constantFrom('ERROR', 'FATAL') }),
    fc.constantFrom(
      { Message: 'Create environment operation is complete, but with errors.', Severity: 'INFO' },
      { Message: 'Environment health has been set to RED', Severity: 'WARN' },
    ),
  );

  it('a failed operation always gets at least one well-formed diagnosis, an error first', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 6 }),
        failing,
        fc.nat(6),
        fc.dictionary(fc.constantFrom('i-0aaa', 'i-0bbb'), logText),
        (events, bad, at, logs) => {
          const all = [...events.slice(0, at), bad, ...events.slice(at)];
          const result = diagnoseBeanstalk({ service: 'beanstalk', events: all, logs } as FailureFacts);
          expect(result.length).toBeGreaterThan(0);
          for (const d of result) {
            expect(d.title && d.message && d.fix).toBeTruthy();
            expect(d.evidence.length).toBeGreaterThan(0);
          }
          // Health dropping is reported as health; any other ERROR event must yield an error diagnosis.
          if (['ERROR', 'FATAL'].includes(bad.Severity) && !/^Environment health/.test(bad.Message.trim())) {
            expect(result.some((d) => d.severity === 'error')).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an unexplained ERROR names the raw line, the log to read and the console', () => {
    const [d] = diagnoseBeanstalk({ service: 'beanstalk', events: [ebEvent('Something new went wrong in region-x.')] });
    expect(d).toMatchObject({ category: 'unknown', severity: 'error' });
    expect(d?.evidence).toContain('Something new went wrong in region-x.');
    expect(d?.fix).toContain('/var/log/eb-engine.log');
    expect(d?.fix).toContain('console.aws.amazon.com/elasticbeanstalk');
  });

  it('a known cause is not buried under unknown', () => {
    const events = [...failureChain('i-0abc1234def567890'), ebEvent('Failed to run npm install. Snapshot logs for more details.')];
    expect(diagnoseBeanstalk({ service: 'beanstalk', events }).map((d) => d.category)).toEqual(['dependency-install-failed']);
  });
});

describe('explain --input examples (Beanstalk)', () => {
  it.each([
    ['beanstalk-vpc-unreachable.json', 'agent-unavailable'],
    ['beanstalk-unzip-legacy-output.json', 'bundle-invalid'],
    ['beanstalk-start-command-not-found.json', 'app-start-failed'],
  ])('%s → %s', (file, category) => {
    const facts = JSON.parse(readFileSync(new URL(`../../fixtures/explain/${file}`, import.meta.url), 'utf8')) as FailureFacts;
    expect(diagnose(facts)[0]?.category).toBe(category);
  });
});
