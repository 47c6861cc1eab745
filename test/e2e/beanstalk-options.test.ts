// Beanstalk option_settings are checked against the target environment's platform
// (DescribeConfigurationOptions) before anything is uploaded: an option the platform does not
// define is an error annotation on its line, and no version is created.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { jest } from '@jest/globals';
import { runAction } from '../harness/runner.js';
import { startEmulator, type Emulator } from '../emulator/index.js';

jest.setTimeout(120_000);

const APP = {
  Procfile: 'web: node app.js\n',
  'app.js': "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n",
  'package.json': '{"name":"shop","version":"1.0.0"}\n',
};

function workspaceWith(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'hookline-eb-opts-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = join(ws, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    chmodSync(full, 0o644);
  }
  return ws;
}

async function emulator(): Promise<Emulator> {
  return startEmulator({
    scenario: {
      timeScale: 0.01,
      beanstalk: {
        applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP }] }],
        // Node.js platform: the emulator's default option list (general options + aws:elasticbeanstalk:environment:proxy).
        environments: [{ name: 'shop-prod', application: 'shop', cname: 'shop-prod', instances: 1, versionLabel: 'v1' }],
      },
    },
  });
}

const inputs = { application: 'shop', environment: 'shop-prod', region: 'us-east-1', 'poll-interval': '50ms', timeout: '2m' };

describe('Beanstalk option_settings against the platform, end to end', () => {
  let em: Emulator;
  afterEach(async () => {
    await em?.close();
  });

  it('an option the platform does not define is an error on its line, before any upload', async () => {
    em = await emulator();
    const config = [
      'option_settings:',
      '  aws:elasticbeanstalk:application:environment:',
      '    GREETING: hi',
      '  aws:elasticbeanstalk:container:python:',
      '    WSGIPath: application.py',
      '',
    ].join('\n');
    const r = await runAction({ workspace: workspaceWith({ ...APP, '.ebextensions/01python.config': config }), inputs, env: em.env });
    expect(r.main.exitCode).toBe(1);
    const onLine = r.annotations.filter((a) => a.command === 'error' && a.properties.file === '.ebextensions/01python.config');
    expect({ onLine, log: r.main.stdout.slice(-3000) }).toMatchObject({ onLine: [{ properties: { line: '4' } }] });
    expect(onLine[0]?.message).toContain('Unknown configuration setting');
    expect(em.calls.count('beanstalk:DescribeConfigurationOptions')).toBe(1);
    expect(em.calls.count('beanstalk:CreateApplicationVersion')).toBe(0);
    expect(em.calls.count('beanstalk:UpdateEnvironment')).toBe(0);
    expect(em.calls.count('s3:PutObject') + em.calls.count('s3:CreateMultipartUpload')).toBe(0);
  });

  it('options the platform defines, with values it accepts, release as usual', async () => {
    em = await emulator();
    const config = ['option_settings:', '  aws:elasticbeanstalk:command:', '    DeploymentPolicy: AllAtOnce', '    Timeout: 600', ''].join(
      '\n',
    );
    const r = await runAction({ workspace: workspaceWith({ ...APP, '.ebextensions/01deploy.config': config }), inputs, env: em.env });
    expect({ code: r.main.exitCode, log: r.main.stdout.slice(-3000) }).toMatchObject({ code: 0 });
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([]);
    expect(em.calls.count('beanstalk:CreateApplicationVersion')).toBe(1);
  });
});
