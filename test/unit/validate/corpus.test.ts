// Every file of ../shared/corpus (157 real configuration files from public repositories) through
// the validator, with the outcome pinned: no error on a file judged correct; for each file judged
// broken, the finding that catches it. The judgements are written down in docs/corpus-review.md.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../../src/types.js';
import { treeFromFiles, validateBundle, type MemoryFile } from '../../../src/validate/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus');

interface Source {
  file: string;
  repo: string;
  path: string;
  kind: string;
  tree?: string;
  bundle_root?: string;
  os?: string;
  platform?: string;
}

/** Files the build creates before bundling (absent from the repository listing the tree comes from). */
const BUILD_OUTPUTS: Record<string, string[]> = {
  'codedeploy/00farhan00__node-demo__appspec.yml': ['webapp.war'],
  'codedeploy/035Sauarv__database-sre-watchdog__appspec.yml': ['frontend/build/index.html'],
  'codedeploy/0neb1n__blackWargreyMon__appspec.yml': ['slack_command_image.tar.gz'],
  'codedeploy/JonRydarowski__codedeploy-dotnet__codedeploy__appspec.yml': ['app/WebApi.dll'],
};

/** Files judged broken → the rules that catch them (see docs/corpus-review.md). */
const BROKEN: Record<string, string[]> = {
  'codedeploy/00farhan00__node-demo__appspec.yml': ['appspec/hook-location-missing'],
  'codedeploy/0308bae__ReactSpringboot__appspec.yml': ['appspec/hook-timeout', 'appspec/hook-event-timeout'],
  'codedeploy/03vinyamit__sampleAppLinux__appspec.yml': ['appspec/files-destination-relative'],
  'codedeploy/07rv__nodejs_ci_cd__appspec.yml': ['appspec/os', 'appspec/files-shape'],
  'codedeploy/0x-x0__code_deploy_example__appspec.yml': ['appspec/unknown-key'],
  'codedeploy/001Ajay__simple-yatra-svc__appspec.yml': ['appspec/hook-location-missing'],
  'codedeploy/ChicagoWorldcon__wellington__deploy__appspec.yml': ['appspec/hook-shape'],
  'codedeploy/PlanoramaEvents__planorama__deploy__appspec.yml': ['appspec/hook-shape', 'appspec/hook-location-missing'],
  'codedeploy/team-blockon__blockon__appspec.yml': ['appspec/hook-not-scriptable'],
  'codedeploy/ThoseGrapefruits__pwa-starter-kit__appspec.yaml': ['appspec/version'],
  'codedeploy/Jareechang__ecs-nextjs__appspec.json': ['appspec/version'],
  'codedeploy/MarcoBarbaroCorley__CodeDeployApp__appspec.json': ['appspec/syntax'],
  'codedeploy/13Dev-07__EmailV__appspec.yml': ['appspec/hook-unknown', 'appspec/hook-shape'],
  'codedeploy/AlphaPL__aws-lambda-helloworld__appspec.yaml': ['appspec/hook-unknown', 'appspec/hook-shape'],
  'codedeploy/3rd-stone__AWS-url-shorten-serverless-application-pipeline__appspec.yaml': ['appspec/syntax'],
  'codedeploy/APysnack__ProjectFault__appspec.yml': ['appspec/permissions'],
  'beanstalk/Brett-Tanner__db_prototype_v2__.platform__hooks__predeploy__00_setup_swap.config': ['platform/hook-no-shebang'],
  'beanstalk/NewSchoolApp__newschool-backend__.platform__00_myconf.config': ['ebextensions/config-not-read'],
  'beanstalk/DJCrossman__nestjs-devops-experimentation__.platform__03_reload_nginx.config': ['ebextensions/config-not-read'],
  'beanstalk/CraftedInc__AdCrafted_Web_App__.ebextensions__01_nginx_settings.config': ['ebextensions/duplicate-key'],
  'beanstalk/HikeTrack__HikeTrack-Backend__.ebextensions__nginx.config': ['nginx/context'],
  'beanstalk/LathaRadhakrishnan__envdjango__.ebextensions__nginx__conf.d__myconfig.conf': ['nginx/context'],
};

/** Repository modes are not in the corpus: scripts are assumed executable (git keeps the bit). */
const SCRIPT: MemoryFile = { content: '', mode: 0o100755 };

function loadSources(): Source[] {
  return readFileSync(path.join(corpus, 'SOURCES.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Source);
}

/** A CodeDeploy bundle: the repository files around the appspec (tree.txt lists them from bundle_root). */
function codedeployBundle(src: Source): Record<string, string | MemoryFile> {
  const files: Record<string, string | MemoryFile> = {};
  if (src.tree && existsSync(path.join(corpus, src.tree))) {
    for (const line of readFileSync(path.join(corpus, src.tree), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      files[line] = line.endsWith('/') ? { type: 'dir' } : SCRIPT;
    }
  }
  for (const out of BUILD_OUTPUTS[src.file] ?? []) files[out] = SCRIPT;
  files[path.posix.basename(src.path)] = readFileSync(path.join(corpus, src.file), 'utf8');
  return files;
}

/** A Beanstalk file's path inside its bundle: from the folder holding .ebextensions/.platform/Procfile. */
function beanstalkPath(p: string): string {
  const m = /(^|\/)(\.ebextensions|\.platform)\//.exec(p);
  if (m) return p.slice(m.index + (m[1] as string).length);
  return path.posix.basename(p);
}

function validateCorpus(): Map<string, Finding[]> {
  const sources = loadSources();
  const results = new Map<string, Finding[]>();
  for (const src of sources.filter((s) => s.file.startsWith('codedeploy/'))) {
    const findings = validateBundle(treeFromFiles(codedeployBundle(src)), 'codedeploy');
    results.set(src.file, findings);
  }
  // Beanstalk files of one repository form one bundle (configs are merged: Authentication names
  // declared in one file are used by another).
  const byRepo = new Map<string, Source[]>();
  for (const src of sources.filter((s) => s.file.startsWith('beanstalk/'))) {
    byRepo.set(src.repo, [...(byRepo.get(src.repo) ?? []), src]);
  }
  for (const group of byRepo.values()) {
    const files: Record<string, MemoryFile> = {};
    for (const src of group)
      files[beanstalkPath(src.path)] = { content: readFileSync(path.join(corpus, src.file), 'utf8'), mode: 0o100755 };
    const findings = validateBundle(treeFromFiles(files), 'beanstalk');
    for (const src of group) {
      const p = beanstalkPath(src.path);
      results.set(
        src.file,
        findings.filter((f) => f.file === p || p.startsWith(`${f.file}/`)),
      );
    }
  }
  return results;
}

describe('corpus', () => {
  it('is present beside the repository (../shared/corpus)', () => {
    expect(existsSync(path.join(corpus, 'SOURCES.jsonl'))).toBe(true);
  });

  const results = existsSync(path.join(corpus, 'SOURCES.jsonl')) ? validateCorpus() : new Map<string, Finding[]>();

  it('validates every file', () => {
    expect(results.size).toBe(157);
    for (const file of Object.keys(BROKEN)) expect(results.has(file)).toBe(true);
  });

  it('raises no error on any file judged correct', () => {
    const wrong = [...results]
      .filter(([file]) => !(file in BROKEN))
      .flatMap(([file, fs]) => fs.filter((f) => f.severity === 'error').map((f) => `${file}: ${f.rule} ${f.file}:${f.line} ${f.message}`));
    expect(wrong).toEqual([]);
  });

  it.each(Object.entries(BROKEN))('catches %s', (file, expected) => {
    const found = results.get(file) ?? [];
    const got = new Set(found.map((f) => f.rule));
    for (const rule of expected) expect(got).toContain(rule);
    // No error beyond the judged causes.
    const surprises = found.filter((f) => f.severity === 'error' && !expected.includes(f.rule));
    expect(surprises).toEqual([]);
  });

  it('pins the totals (checked, judged broken, caught)', () => {
    const caught = Object.entries(BROKEN).filter(([file, rules]) =>
      rules.every((r) => (results.get(file) ?? []).some((f) => f.rule === r)),
    );
    expect({ checked: results.size, broken: Object.keys(BROKEN).length, caught: caught.length }).toEqual({
      checked: 157,
      broken: 22,
      caught: 22,
    });
  });
});
