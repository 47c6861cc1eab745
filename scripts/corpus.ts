// npm run corpus -- DIR
//
// Evaluates the validator on a corpus of real configuration files given as DIR (the project's
// corpus lives outside the repository, beside the development checkout: 157 files from public
// repositories, listed in DIR/SOURCES.jsonl). It reads only the folder it is given. Prints a verdict per file and exits 1 on a regression: an error on a file
// judged correct or a judged-broken file no longer caught by its rule. The
// judgements are written down in docs/corpus-review.md. No test reads the corpus: a clone has
// nothing beside it, so .ci/run passes the folder to this command when it exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../src/types.js';
import { treeFromFiles, validateBundle, type MemoryFile } from '../src/validate/index.js';

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

function loadSources(corpus: string): Source[] {
  return readFileSync(path.join(corpus, 'SOURCES.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Source);
}

/** A CodeDeploy bundle: the repository files around the appspec (tree.txt lists them from bundle_root). */
function codedeployBundle(corpus: string, src: Source): Record<string, string | MemoryFile> {
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

function validateCorpus(corpus: string): Map<string, Finding[]> {
  const sources = loadSources(corpus);
  const results = new Map<string, Finding[]>();
  for (const src of sources.filter((s) => s.file.startsWith('codedeploy/'))) {
    const findings = validateBundle(treeFromFiles(codedeployBundle(corpus, src)), 'codedeploy');
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

function main(): number {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run corpus -- DIR   (DIR holds SOURCES.jsonl and the files it lists)');
    return 2;
  }
  const corpus = path.resolve(dir);
  if (!existsSync(path.join(corpus, 'SOURCES.jsonl'))) {
    console.error(`${corpus}: no SOURCES.jsonl here; DIR must be a corpus folder holding SOURCES.jsonl and the files it lists`);
    return 2;
  }
  const results = validateCorpus(corpus);
  const problems: string[] = [];
  let caught = 0;
  for (const [file, findings] of [...results].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const errors = findings.filter((f) => f.severity === 'error');
    const expected = BROKEN[file];
    if (!expected) {
      const verdict = errors.length === 0 ? 'ok' : 'REGRESSION';
      console.log(`${verdict.padEnd(10)} ${file}${errors.length ? '' : findings.length ? ` (${findings.length} warning/notice)` : ''}`);
      for (const f of errors) problems.push(`${file}: unexpected error ${f.rule} at ${f.file}:${f.line}: ${f.message}`);
      continue;
    }
    const rules = new Set(findings.map((f) => f.rule));
    const missing = expected.filter((r) => !rules.has(r));
    const surprises = errors.filter((f) => !expected.includes(f.rule));
    if (missing.length === 0) caught++;
    const verdict = missing.length === 0 && surprises.length === 0 ? 'caught' : 'REGRESSION';
    console.log(`${verdict.padEnd(10)} ${file} (${expected.join(', ')})`);
    for (const r of missing) problems.push(`${file}: judged broken, but ${r} no longer catches it`);
    for (const f of surprises) problems.push(`${file}: error beyond the judged causes: ${f.rule} at ${f.file}:${f.line}`);
  }
  for (const file of Object.keys(BROKEN)) if (!results.has(file)) problems.push(`${file}: judged broken but not in the corpus`);
  const totals = { checked: results.size, broken: Object.keys(BROKEN).length, caught };
  console.log(`\n${totals.checked} files checked, ${totals.broken} judged broken, ${totals.caught} caught, ${problems.length} regressions`);
  for (const p of problems) console.log(`  - ${p}`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
