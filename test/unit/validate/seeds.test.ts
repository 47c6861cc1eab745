// The configuration examples of the two articles hookline started from (kept outside this repository; their configurations are copied in below):
// they must validate clean, in a folder and inside a .war; the CodeDeploy article's broken
// variants must be caught with the bundle-relative suggestion.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import { treeFromArchive, treeFromDirectory, validateBundle } from '../../../src/validate/index.js';
import { EXEC, only, run } from './helpers.js';

// 000_213d31ee9a735d7c.txt: tomcat option_settings in both forms, commands, files from S3 with
// Authentication, container_commands copying a file kept in .ebextensions.
const RUN_CONFIG = `option_settings:
  - namespace:  aws:elasticbeanstalk:container:tomcat:jvmoptions
    option_name:  Xmx
    value:  256m
  - option_name: MYPARAMETER
    value: parametervalue
`;
const DO_CONFIG = `option_settings:
  aws:elasticbeanstalk:container:tomcat:jvmoptions:
    Xms: 512m
    Xmx: 512m
    JVM Options: '-Xmn128m'

commands:
  filebeat_download:
    command: curl -L -O https://artifacts.elastic.co/downloads/beats/filebeat/filebeat-5.4.1-x86_64.rpm
    cwd: /home/ec2-user
  filebeat_install:
    command: rpm -vi filebeat-5.4.1-x86_64.rpm
    cwd: /home/ec2-user
  delete_filebeat_install_file:
    command: rm filebeat-5.4.1-x86_64.rpm
    cwd: /home/ec2-user
`;
const S3_CONFIG = `Resources:
  AWSEBAutoScalingGroup:
    Metadata:
      AWS::CloudFormation::Authentication:
        S3Access:
          type: S3
          roleName: aws-elasticbeanstalk-ec2-role
          buckets: hive-configurations
files:
 /etc/filebeat/filebeat.yml:
    source: https://s3.ap-northeast-2.amazonaws.com/hive-configurations/filebeat.yml
    authentication: S3Access
`;
const COPY_CONFIG = `container_commands:
  cp-filebeat-config:
    command: cp .ebextensions/filebeat.yml /etc/filebeat/filebeat.yml
`;
const FILEBEAT_YML =
  'filebeat.prospectors:\n  - input_type: log\n    paths:\n      - /var/log/tomcat8/*.log\noutput.logstash:\n  hosts: ["logs:5044"]\n';

const WAR_FILES: Record<string, string> = {
  '.ebextensions/01run.config': RUN_CONFIG,
  '.ebextensions/02do.config': DO_CONFIG,
  '.ebextensions/03s3.config': S3_CONFIG,
  '.ebextensions/04copy.config': COPY_CONFIG,
  '.ebextensions/filebeat.yml': FILEBEAT_YML,
  'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n',
  'WEB-INF/web.xml': '<web-app/>\n',
  'WEB-INF/classes/application.properties': 'server.port=5000\n',
  'WEB-INF/lib/README': 'jars\n',
};

// 004_2bcc598432c4f20a.txt: the appspec that worked (location relative to the bundle root) …
const SEED_APPSPEC = `version: 0.0
os: linux
files:
  - source: /
    destination: /var/app/current

hooks:
  AfterInstall:
    - location: ./start_aplication.sh
      timeout: 180
`;
const START =
  '#!/bin/bash\nexport SPRING_PROFILES_ACTIVE=prod\npkill -f app.jar || true\nnohup java -jar /var/app/current/app.jar > /dev/null 2>&1 &\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hookline-seeds-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeTree(root: string, files: Record<string, string>, exec: string[] = []): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    chmodSync(abs, exec.includes(rel) ? 0o755 : 0o644);
  }
}

function writeZip(file: string, files: Record<string, string>, exec: string[] = []): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [rel, content] of Object.entries(files)) {
    zip.addBuffer(Buffer.from(content), rel, { mode: exec.includes(rel) ? 0o100755 : 0o100644, mtime: new Date(0) });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    zip.outputStream
      .pipe(out)
      .on('close', () => resolve())
      .on('error', reject);
  });
}

describe('seed: Elastic Beanstalk .ebextensions (tomcat)', () => {
  it('validates clean in a folder', async () => {
    const root = path.join(dir, 'web_app');
    writeTree(root, WAR_FILES);
    // Only the notice that option names were not checked against a platform (offline).
    expect(validateBundle(await treeFromDirectory(root), 'beanstalk').map((f) => f.rule)).toEqual(['ebextensions/options-not-checked']);
  });

  it('validates clean inside a .war, from the archive root', async () => {
    const war = path.join(dir, 'web_app.war');
    await writeZip(war, WAR_FILES);
    const tree = await treeFromArchive(war);
    expect(tree.entries.get('.ebextensions/02do.config')?.type).toBe('file');
    expect(validateBundle(tree, 'beanstalk').map((f) => f.rule)).toEqual(['ebextensions/options-not-checked']);
    expect(validateBundle(tree, 'auto').map((f) => f.rule)).toEqual(['ebextensions/options-not-checked']);
  });

  it('points at WEB-INF/classes/.ebextensions in a .war built the wrong way', async () => {
    const war = path.join(dir, 'wrong.war');
    const files = Object.fromEntries(
      Object.entries(WAR_FILES).map(([k, v]) => [k.startsWith('.ebextensions/') ? `WEB-INF/classes/${k}` : k, v]),
    );
    await writeZip(war, files);
    const f = validateBundle(await treeFromArchive(war), 'beanstalk');
    expect(f[0]).toMatchObject({ rule: 'ebextensions/not-at-root', file: 'WEB-INF/classes/.ebextensions' });
    expect(f[0]?.message).toContain('root of the archive');
  });
});

describe('seed: CodeDeploy appspec (AfterInstall start_aplication.sh)', () => {
  it('validates clean with the script at the bundle root, in a folder and in a zip', async () => {
    expect(
      run({ 'appspec.yml': SEED_APPSPEC, 'start_aplication.sh': { content: START, mode: EXEC }, 'app.jar': '' }, 'codedeploy'),
    ).toEqual([]);
    const root = path.join(dir, 'cd');
    writeTree(root, { 'appspec.yml': SEED_APPSPEC, 'start_aplication.sh': START }, ['start_aplication.sh']);
    expect(validateBundle(await treeFromDirectory(root), 'codedeploy')).toEqual([]);
    const zip = path.join(dir, 'cd.zip');
    await writeZip(zip, { 'appspec.yml': SEED_APPSPEC, 'start_aplication.sh': START }, ['start_aplication.sh']);
    expect(validateBundle(await treeFromArchive(zip), 'auto')).toEqual([]);
  });

  it('catches the absolute-path variant on the location line, suggesting the bundle-relative path', () => {
    const broken = SEED_APPSPEC.replace('./start_aplication.sh', '/var/app/current/start_aplication.sh');
    const f = run({ 'appspec.yml': broken, 'start_aplication.sh': { content: START, mode: EXEC } }, 'codedeploy');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'appspec.yml', line: 9, column: 17, severity: 'error', rule: 'appspec/hook-location-missing' });
    expect(f[0]?.message).toContain(
      '<deployment-root>/<deployment-group-id>/<deployment-id>/deployment-archive/var/app/current/start_aplication.sh',
    );
    expect(f[0]?.message).toContain("Did you mean 'start_aplication.sh'");
    expect(f[0]?.message).toContain("files maps source '/' to '/var/app/current'");
  });

  it('warns on the ../../.. "fix", suggesting the bundle-relative path', () => {
    const climbing = SEED_APPSPEC.replace('./start_aplication.sh', '../../../../../../var/app/current/start_aplication.sh');
    const f = run({ 'appspec.yml': climbing, 'start_aplication.sh': { content: START, mode: EXEC } }, 'codedeploy');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 9, severity: 'warning', rule: 'appspec/hook-location-outside' });
    expect(f[0]?.message).toContain('fresh instance');
    expect(f[0]?.message).toContain('`location: start_aplication.sh`');
  });

  it('warns (agent chmods) when the zip lost the executable bit', async () => {
    const zip = path.join(dir, 'noexec.zip');
    await writeZip(zip, { 'appspec.yml': SEED_APPSPEC, 'start_aplication.sh': START });
    const f = validateBundle(await treeFromArchive(zip), 'codedeploy');
    expect(only(f, 'script/not-executable')).toHaveLength(1);
    expect(f.every((x) => x.severity !== 'error')).toBe(true);
  });
});
