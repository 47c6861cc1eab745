import { readFileSync } from 'node:fs';
import { diagnose } from '../../../src/diagnose/index.js';
import { DIAGNOSIS_CATEGORIES, type Diagnosis, type FailureFacts } from '../../../src/types.js';
import { beanstalkScenarios } from './fixtures/beanstalk.js';
import { bundleOf, cdFacts, instanceTarget, type Scenario } from './fixtures/build.js';
import { codedeployScenarios } from './fixtures/codedeploy.js';
import { codedeployAgentScenarios } from './fixtures/codedeploy-agent.js';

const all: Scenario[] = [...codedeployScenarios, ...codedeployAgentScenarios, ...beanstalkScenarios];

function text(d: Diagnosis): string {
  return [d.title, d.message, d.fix, ...d.evidence].join('\n');
}

describe.each(all.map((s) => [s.name, s] as const))('%s', (_name, s) => {
  const result = diagnose(s.facts, s.bundle);
  const first = result[0];

  it(`is diagnosed first as ${s.expect.category}`, () => {
    expect(result.map((d) => d.category)).toContain(s.expect.category);
    expect(first?.category).toBe(s.expect.category);
  });

  it('carries every field of the contract', () => {
    for (const d of result) {
      expect(DIAGNOSIS_CATEGORIES).toContain(d.category);
      expect(['error', 'warning', 'notice']).toContain(d.severity);
      expect(d.title.length).toBeGreaterThan(0);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.fix.length).toBeGreaterThan(0);
      expect(d.evidence.length).toBeGreaterThan(0);
      expect(Array.isArray(d.instances)).toBe(true);
      expect(d.line === null || (Number.isInteger(d.line) && d.line > 0)).toBe(true);
      expect(d.file === null || typeof d.file === 'string').toBe(true);
    }
  });

  if (s.expect.instances) {
    it('lists the instances', () => expect(first?.instances).toEqual(s.expect.instances));
  }
  if (s.expect.lifecycleEvent !== undefined) {
    it('names the event', () => expect(first?.lifecycleEvent).toBe(s.expect.lifecycleEvent));
  }
  if (s.expect.file !== undefined) {
    it('points at the responsible file', () => expect(first?.file).toBe(s.expect.file));
  }
  if (s.expect.line !== undefined) {
    it('points at the responsible line', () => expect(first?.line).toBe(s.expect.line));
  }
  for (const m of s.expect.mentions ?? []) {
    it(`mentions ${JSON.stringify(m)}`, () => expect(text(first as Diagnosis)).toContain(m));
  }
});

describe('category coverage', () => {
  it('every category is produced by at least one scenario', () => {
    const produced = new Set(all.flatMap((s) => diagnose(s.facts, s.bundle).map((d) => d.category)));
    const missing = DIAGNOSIS_CATEGORIES.filter((c) => !produced.has(c));
    expect(missing).toEqual([]);
  });
});

describe('the seed: location written under files.destination', () => {
  const facts = JSON.parse(
    readFileSync(new URL('../../fixtures/explain/seed-script-missing.json', import.meta.url), 'utf8'),
  ) as FailureFacts;
  const appspec = [
    'version: 0.0',
    'os: linux',
    'files:',
    '  - source: /',
    '    destination: /var/app/current',
    '',
    'hooks:',
    '  AfterInstall:',
    '    - location: /var/app/current/start_aplication.sh',
    '      timeout: 180',
    '',
  ].join('\n');
  const bundle = bundleOf(
    { 'appspec.yml': appspec, 'start_aplication.sh': '#!/bin/bash\njava -jar app.jar\n' },
    { 'start_aplication.sh': 0o100755 },
  );

  it('is one script-missing diagnosis: the HEALTH_CONSTRAINTS error is only its consequence', () => {
    const result = diagnose(facts, bundle);
    expect(result.map((d) => d.category)).toEqual(['script-missing']);
  });

  it('shows the path the agent resolved, the location line and the bundle-relative fix', () => {
    const [d] = diagnose(facts, bundle);
    expect(d).toMatchObject({ lifecycleEvent: 'AfterInstall', instances: ['i-0a1b2c3d4e5f60718'], file: 'appspec.yml', line: 9 });
    expect(d?.message).toContain(
      '/opt/codedeploy-agent/deployment-root/f808110e-bfcb-4ea9-a1f0-6377570718ec/d-VALNHOGV7/deployment-archive/var/app/current/start_aplication.sh',
    );
    expect(d?.fix).toContain('location: start_aplication.sh');
    expect(d?.fix).toContain('/start_aplication.sh');
  });

  it('still explains the failure without the bundle', () => {
    const [d] = diagnose(facts);
    expect(d?.category).toBe('script-missing');
    expect(d?.file).toBeNull();
    expect(d?.fix).toContain('start_aplication.sh');
  });

  it('maps a location under a nested source back to the bundle path', () => {
    const nested = bundleOf(
      {
        'appspec.yml': appspec
          .replace('  - source: /', '  - source: /build')
          .replace('/var/app/current/start_aplication.sh', '/var/app/current/bin/start_aplication.sh'),
      },
      { 'build/bin/start_aplication.sh': 0o100755 },
    );
    const f2 = JSON.parse(
      JSON.stringify(facts).replaceAll('/var/app/current/start_aplication.sh', '/var/app/current/bin/start_aplication.sh'),
    ) as FailureFacts;
    const [d] = diagnose(f2, nested);
    expect(d?.fix).toContain('location: build/bin/start_aplication.sh');
  });
});

describe('grouping across instances', () => {
  const failed = (id: string, exit: number, deploymentRoot = 'f808110e-bfcb-4ea9-a1f0-6377570718ec') =>
    instanceTarget(id, {
      event: 'ApplicationStart',
      errorCode: 'ScriptFailed',
      scriptName: 'scripts/start.sh',
      message: `Script at specified location: scripts/start.sh failed with exit code ${exit}`,
      logTail: `[stderr]${deploymentRoot}: healthcheck on ${id} failed\n`,
    });

  it('identical failures become one diagnosis listing every instance; a different exit code stays apart', () => {
    const facts = cdFacts([
      failed('i-0000000000000001a', 1),
      failed('i-0000000000000002b', 1),
      failed('i-0000000000000003c', 1),
      failed('i-0000000000000004d', 3),
    ]);
    const result = diagnose(facts);
    expect(result).toHaveLength(2);
    expect(result[0]?.instances).toEqual(['i-0000000000000001a', 'i-0000000000000002b', 'i-0000000000000003c']);
    expect(result[1]?.instances).toEqual(['i-0000000000000004d']);
  });

  it('ignores instance and deployment ids inside the message when grouping', () => {
    const msg = (id: string, d: string) =>
      instanceTarget(id, {
        event: 'DownloadBundle',
        errorCode: 'UnknownError',
        message: `No space left on device @ io_write - /opt/codedeploy-agent/deployment-root/0b1c2d3e-0000-4000-8000-00000000000${id.slice(-1)}/${d}/bundle.tar (${id})`,
      });
    const result = diagnose(cdFacts([msg('i-0000000000000001a', 'd-AAAAAAAA1'), msg('i-0000000000000002b', 'd-BBBBBBBB2')]));
    expect(result).toHaveLength(1);
    expect(result[0]?.instances).toHaveLength(2);
  });

  it('orders the most decisive cause first', () => {
    const facts = cdFacts([
      failed('i-0000000000000001a', 1),
      instanceTarget('i-0000000000000009f', { event: 'DownloadBundle', errorCode: 'UnknownError', message: 'No space left on device' }),
    ]);
    expect(diagnose(facts).map((d) => d.category)).toEqual(['disk-full', 'script-failed']);
  });
});

describe('robustness', () => {
  it('accepts messages behind a log prefix (timestamps, [ERROR])', () => {
    const facts = cdFacts([
      instanceTarget('i-0123456789abcdef0', {
        event: 'AfterInstall',
        errorCode: 'UnknownError',
        scriptName: 'scripts/x.sh',
        message:
          '2024-05-01T10:00:00Z [ERROR] Script does not exist at specified location: /opt/codedeploy-agent/deployment-root/f808110e-bfcb-4ea9-a1f0-6377570718ec/d-EXAMPLE01/deployment-archive/scripts/x.sh',
      }),
    ]);
    expect(diagnose(facts)[0]?.category).toBe('script-missing');
  });

  it('returns nothing for a deployment without a failure', () => {
    expect(diagnose({ service: 'codedeploy', deployment: { deploymentId: 'd-EXAMPLE01', status: 'Succeeded' }, targets: [] })).toEqual([]);
    expect(diagnose({ service: 'beanstalk', events: [] })).toEqual([]);
  });

  it('tolerates junk in the facts', () => {
    const facts = {
      service: 'codedeploy',
      deployment: { errorInformation: 'x' },
      targets: [null, 1, { instanceTarget: { lifecycleEvents: [null, { status: 'Failed' }] } }],
    } as unknown as FailureFacts;
    expect(() => diagnose(facts)).not.toThrow();
  });
});

describe('explain --input examples', () => {
  const expected: Record<string, string> = {
    'seed-script-missing.json': 'script-missing',
    'codedeploy-disk-full.json': 'disk-full',
    'codedeploy-previous-revision.json': 'previous-revision-script',
    'codedeploy-stdout-held-open.json': 'stdout-held-open',
    'codedeploy-agent-unavailable.json': 'agent-unavailable',
    'beanstalk-container-command.json': 'ebextensions-command-failed',
    'beanstalk-hook-not-executable.json': 'script-not-executable',
  };
  it.each(Object.entries(expected))('%s → %s', (file, category) => {
    const facts = JSON.parse(readFileSync(new URL(`../../fixtures/explain/${file}`, import.meta.url), 'utf8')) as FailureFacts;
    expect(diagnose(facts)[0]?.category).toBe(category);
  });
});
