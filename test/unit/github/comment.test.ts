import {
  COMMENT_BUDGET,
  GITHUB_COMMENT_LIMIT,
  LEGACY_MARKER,
  findSticky,
  markerFor,
  renderPreviewComment,
} from '../../../src/github/comment.js';
import type { Diagnosis } from '../../../src/types.js';

const base = {
  target: 'beanstalk' as const,
  name: 'shop-pr-42',
  commit: 'a1b2c3d4e5f6',
  runUrl: 'https://github.com/octo-org/shop/actions/runs/1',
};

const diagnosis = (over: Partial<Diagnosis> = {}): Diagnosis => ({
  category: 'platform-hook-failed',
  severity: 'error',
  title: 'predeploy hook 01_build.sh failed',
  message: 'exit 1 <oops>',
  instances: ['i-1'],
  file: '.platform/hooks/predeploy/01_build.sh',
  line: 3,
  fix: 'Fix the script.',
  evidence: ['line 3: npm: not found'],
  lifecycleEvent: 'predeploy',
  ...over,
});

/** The markdown outside fenced blocks and code spans: where GitHub renders structure and mentions. */
const rendered = (body: string) => body.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '').replace(/(`+)[^`]*?\1/g, '');
/** Lines of the rendered markdown that open a block a person would see as structure. */
const blockStarts = (body: string) =>
  rendered(body)
    .split('\n')
    .filter((l) => /^\s{0,3}(#{1,6}\s|[-+*]\s|\d+[.)]\s|>)/.test(l));

describe('renderPreviewComment', () => {
  it("starts with the target's marker and shows URL, commit, version and status", () => {
    const body = renderPreviewComment({ ...base, state: 'success', url: 'http://shop-pr-42.example', version: 'pr-42-0123456789ab' });
    expect(body.startsWith(markerFor('beanstalk', 'shop-pr-42'))).toBe(true);
    expect(body).toContain('<http://shop-pr-42.example>');
    expect(body).toContain('`a1b2c3d`');
    expect(body).toContain('`pr-42-0123456789ab`');
    expect(body).toContain('| Status | success |');
  });

  it('lists the diagnoses on failure, escaped', () => {
    const body = renderPreviewComment({ ...base, state: 'failure', message: 'Deploying failed <b>', diagnoses: [diagnosis()] });
    expect(body).toContain('❌ Preview deployment failed');
    expect(body).toContain('predeploy hook 01\\_build.sh failed');
    expect(body).toContain('&lt;b&gt;');
    expect(body).not.toContain('<b>');
  });

  it('drops the URL once removed', () => {
    const body = renderPreviewComment({ ...base, state: 'removed', url: 'http://gone', message: 'closed' });
    expect(body).not.toContain('http://gone');
    expect(body).toContain('Preview removed');
  });

  it('a file name with newlines and @mentions renders no heading, list or live mention', () => {
    const hostile = 'scripts/x.sh\n# Pwned @octo-org/admins\n- [click](http://evil)\n@mallory';
    const body = renderPreviewComment({
      ...base,
      state: 'failure',
      message: `Hook failed in ${hostile}`,
      diagnoses: [
        diagnosis({ file: hostile, title: `AfterInstall: ${hostile}`, message: `see ${hostile}`, fix: `cc @admin`, evidence: [hostile] }),
      ],
    });
    const structural = blockStarts(body);
    // Only hookline's own structure: its headings and its fact list.
    expect(structural.every((l) => /^(### |## Diagnosis|#### ❌ 1\. |- \*\*)/.test(l))).toBe(true);
    expect(rendered(body)).not.toMatch(/@(mallory|admin|octo-org)/);
    expect(rendered(body)).not.toContain('](http://evil)');
    // The evidence keeps the hook's own lines, inside a fence they cannot close.
    expect(body).toContain('```text\nscripts/x.sh\n# Pwned @octo-org/admins\n');
  });

  it('a 3,000-instance failure stays under the limit and points to the job summary', () => {
    const instances = Array.from({ length: 3000 }, (_, i) => `i-${String(i).padStart(17, '0')}`);
    const evidence = Array.from({ length: 500 }, (_, i) => `line ${i}: ${'x'.repeat(400)}`);
    const many = Array.from({ length: 40 }, (_, i) => diagnosis({ title: `cause ${i}`, instances, evidence }));
    const body = renderPreviewComment({ ...base, state: 'failure', message: 'x'.repeat(70_000), diagnoses: many });
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect([...body].length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(body).toContain('Instances (3,000)');
    expect(body).toContain('and 2,990 more ([all in the job summary](https://github.com/octo-org/shop/actions/runs/1))');
    expect(body).toMatch(/\d+ more causes in the \[job summary\]/);
  });
});

describe('findSticky', () => {
  const marker = markerFor('beanstalk', 'shop-pr-42');
  const bot = { login: 'github-actions[bot]', type: 'Bot' };
  const human = { login: 'octocat', type: 'User' };

  it("finds this target's comment by this token, not one that quotes the marker", () => {
    const comments = [
      { id: 1, body: `Look: ${marker}`, user: bot },
      { id: 2, body: null, user: bot },
      { id: 3, body: `${marker}\n### ✅ Preview deployed`, user: bot },
    ];
    expect(findSticky(comments, marker, { bot: true })?.id).toBe(3);
    expect(findSticky([{ id: 1, body: 'hi', user: bot }], marker, { bot: true })).toBeUndefined();
  });

  it("never takes a person's comment that starts with the marker", () => {
    const comments = [{ id: 1, body: `${marker}\nI copied this`, user: human }];
    expect(findSticky(comments, marker, { bot: true })).toBeUndefined();
    expect(findSticky(comments, marker, { login: 'hookline-bot' })).toBeUndefined();
    expect(
      findSticky([{ id: 2, body: marker, user: { login: 'hookline-bot', type: 'User' } }], marker, { login: 'hookline-bot' })?.id,
    ).toBe(2);
  });

  it("keeps two targets' comments apart and adopts a legacy comment once", () => {
    const other = markerFor('beanstalk', 'api-pr-42');
    const comments = [
      { id: 1, body: `${other}\n…`, user: bot },
      { id: 2, body: `${LEGACY_MARKER}\n…`, user: bot },
    ];
    expect(findSticky(comments, marker, { bot: true })?.id).toBe(2);
    expect(findSticky(comments, other, { bot: true })?.id).toBe(1);
  });

  it('the marker carries no foreign characters', () => {
    expect(markerFor('beanstalk', 'a --> <b>')).toBe('<!-- hookline:preview beanstalk/a-b -->');
  });
});
