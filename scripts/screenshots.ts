// `npm run screenshots`: the pictures in the README, made from what hookline really writes. Runs the
// demo's failing release (the hook location written as the instance path, validate: off) and a
// Beanstalk PR preview whose predeploy hook fails, through the built action against the local
// emulator; renders the annotation on its appspec.yml line, the job summary and the sticky PR
// comment as HTML with GitHub-like styles; and takes PNGs with headless Chromium into docs/images/.
// Needs a current dist/ (`npm run bundle`) and Debian's `chromium` (apt-get install chromium).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((c) => spawnSync('which', [c]).status === 0);
if (!chromium) {
  console.log('npm run screenshots: skipped — no Chromium found. Install it (Debian: apt-get install -y chromium) and run again.');
  process.exit(0);
}

const { startEmulator } = await import('../test/emulator/index.js');
const { startGitHubServer } = await import('../test/github/server.js');
const { runAction, REPO_ROOT } = await import('../test/harness/runner.js');
const { renderMarkdown } = await import('../test/harness/markdown.js');

const OUT = join(REPO_ROOT, 'docs', 'images');
const WORK = mkdtempSync(join(tmpdir(), 'hookline-shots-'));
mkdirSync(OUT, { recursive: true });

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ── 1. The demo's diagnosed failure: annotation and job summary ──────────────────────────────────
const seedAppspec = readFileSync(join(REPO_ROOT, 'examples', 'sample-app', 'appspec.yml'), 'utf8').replace(
  'location: scripts/configure.sh',
  'location: /var/app/current/scripts/configure.sh',
);
const app = mkdtempSync(join(WORK, 'app-'));
cpSync(join(REPO_ROOT, 'examples', 'sample-app'), app, { recursive: true });
writeFileSync(join(app, 'appspec.yml'), seedAppspec);

const cd = await startEmulator({ scenario: join(REPO_ROOT, 'examples', 'demo-scenario.yml') });
let failed;
try {
  failed = await runAction({
    inputs: {
      application: 'shop',
      'deployment-group': 'production',
      's3-bucket': 'shop-releases',
      'poll-interval': '100ms',
      validate: 'off',
    },
    env: cd.env,
    workspace: app,
  });
} finally {
  await cd.close();
}
const annotation = failed.annotations.find((a) => a.command === 'error' && a.properties.file === 'appspec.yml');
if (!annotation) throw new Error('the demo run made no annotation on appspec.yml: is dist/ current (npm run bundle)?');

// ── 2. A Beanstalk PR preview whose predeploy hook fails: the sticky comment ──────────────────────
const eb = await startEmulator({
  scenario: {
    timeScale: 0.01,
    beanstalk: {
      applications: [{ name: 'shop', versions: [{ label: 'v1', files: { Procfile: 'web: node app.js\n' } }] }],
      environments: [{ name: 'shop-staging', application: 'shop', cname: 'shop-staging', instances: 1, versionLabel: 'v1' }],
    },
  },
});
const gh = await startGitHubServer();
let comment = '';
try {
  const ws = mkdtempSync(join(WORK, 'eb-'));
  const files: Record<string, [string, number]> = {
    Procfile: ['web: node app.js\n', 0o644],
    'app.js': ["require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n", 0o644],
    'package.json': ['{"name":"shop","version":"1.0.0"}\n', 0o644],
    '.platform/hooks/predeploy/01_migrate.sh': [
      '#!/bin/sh\necho "Running migrations"\necho "psql: error: connection to server at db.internal (10.0.3.7), port 5432 failed" >&2\nexit 2\n',
      0o755,
    ],
  };
  for (const [rel, [content, mode]] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, rel)), { recursive: true });
    writeFileSync(join(ws, rel), content);
    chmodSync(join(ws, rel), mode);
  }
  const repo = { full_name: 'octo-org/shop', name: 'shop', owner: { login: 'octo-org' } };
  await runAction({
    workspace: ws,
    eventName: 'pull_request',
    event: {
      action: 'opened',
      number: 42,
      pull_request: {
        number: 42,
        state: 'open',
        head: { ref: 'feature/login', sha: '5f2c9e1'.padEnd(40, '0'), repo },
        base: { ref: 'main', sha: 'b'.repeat(40), repo },
      },
      repository: repo,
    },
    inputs: {
      mode: 'preview',
      application: 'shop',
      environment: 'shop-staging',
      region: 'us-east-1',
      'poll-interval': '50ms',
      timeout: '2m',
      'github-token': 'ghs_screenshotsToken0000000000000000000',
    },
    env: { ...eb.env, GITHUB_API_URL: gh.url, GITHUB_REF: 'refs/pull/42/merge', GITHUB_EVENT_NAME: 'pull_request' },
  });
  comment = gh.comments[0]?.body ?? '';
} finally {
  await gh.close();
  await eb.close();
}
if (!comment) throw new Error('the preview run posted no PR comment');

// ── HTML with GitHub-like styles ─────────────────────────────────────────────────────────────────
const CSS = `
body { margin: 0; padding: 24px; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.frame { border: 1px solid #d1d9e0; border-radius: 6px; max-width: 1180px; overflow: hidden; }
.frame > header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font-weight: 600; }
.markdown-body { padding: 16px 24px; }
.markdown-body h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; font-weight: 600; }
.markdown-body h3 { font-size: 1.25em; margin: 24px 0 16px; font-weight: 600; }
.markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body details { margin: 0 0 16px; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body code { font: 85% ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
.markdown-body pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; }
.markdown-body pre code { background: none; padding: 0; font-size: 85%; white-space: pre-wrap; }
.markdown-body table { border-collapse: collapse; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; white-space: nowrap; }
.markdown-body th { font-weight: 600; background: #f6f8fa; }
.markdown-body summary { cursor: pointer; font-weight: 600; }
.markdown-body sub { color: #59636e; }
.code { font: 12px/20px ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; }
.code .line { display: flex; white-space: pre; }
.code .num { width: 48px; padding-right: 10px; text-align: right; color: #59636e; user-select: none; }
.code .hl { background: #fff8c5; }
.ann { margin: 4px 16px 8px 58px; border: 1px solid #d1d9e0; border-left: 4px solid #d1242f; border-radius: 6px; padding: 8px 12px; font: 13px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; white-space: normal; }
.ann .where { color: #d1242f; font-weight: 600; }
.ann .title { font-weight: 600; margin: 2px 0 6px; }
.ann pre { margin: 0; font: 12px/1.5 ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; white-space: pre-wrap; }
`;
const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>${body}</body></html>`;

const line = Number(annotation.properties.line);
const appspecLines = seedAppspec.replace(/\n$/, '').split('\n');
const from = Math.max(1, line - 6);
const to = Math.min(appspecLines.length, line + 4);
let code = '';
for (let n = from; n <= to; n++) {
  code += `<div class="line${n === line ? ' hl' : ''}"><span class="num">${n}</span><span>${escapeHtml(appspecLines[n - 1] ?? '')}</span></div>`;
  if (n === line)
    code +=
      `<div class="ann"><div class="where">✖ Check failure on line ${line} in appspec.yml</div>` +
      `<div class="title">${escapeHtml(annotation.properties.title ?? '')}</div><pre>${escapeHtml(annotation.message)}</pre></div>`;
}

const shots: [string, string][] = [
  ['annotation', page('Annotation', `<div class="frame"><header>appspec.yml</header><div class="code">${code}</div></div>`)],
  [
    'job-summary',
    page(
      'Job summary',
      `<div class="frame"><header>deploy summary</header><div class="markdown-body">${renderMarkdown(failed.summary)}</div></div>`,
    ),
  ],
  [
    'pr-comment',
    page(
      'PR comment',
      `<div class="frame"><header>hookline commented</header><div class="markdown-body">${renderMarkdown(comment)}</div></div>`,
    ),
  ],
];

// ── PNGs: measure the page, then shoot it at that height ─────────────────────────────────────────
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1'];
for (const [name, html] of shots) {
  const file = join(WORK, `${name}.html`);
  // Evidence opened, as a reader would click it; the page height becomes the title for the shot.
  const measure =
    "document.querySelectorAll('details').forEach((d) => (d.open = true)); document.title = String(document.documentElement.scrollHeight);";
  writeFileSync(file, html.replace('</body>', `<script>${measure}</script></body>`));
  const dom = execFileSync(chromium, [...flags, '--window-size=1240,800', '--dump-dom', `file://${file}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const height = Math.min(6000, Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? 1200));
  const png = join(OUT, `${name}.png`);
  execFileSync(chromium, [...flags, `--window-size=1240,${height}`, `--screenshot=${png}`, `file://${file}`], { stdio: 'ignore' });
  console.log(`docs/images/${name}.png (1240×${height})`);
}
