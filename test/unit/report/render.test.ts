// Every piece of markdown hookline writes, rendered as GitHub renders it (CommonMark + GFM), with
// foreign text at every place it can reach: the page must read right and the text stay inert.
import { renderMarkdown, renderProblems, inspectHtml } from '../../harness/markdown.js';
import { JobSummary } from '../../../src/report/job-summary.js';
import { renderDiagnosesMarkdown } from '../../../src/report/summary.js';
import { preflightSection, endingSection } from '../../../src/report/endings.js';
import { renderTargetTable } from '../../../src/report/deployment-table.js';
import { renderInstances, renderTimeline } from '../../../src/beanstalk/summary.js';
import { renderPreviewComment } from '../../../src/github/comment.js';
import type { Diagnosis, Finding } from '../../../src/types.js';

/** Text someone else wrote, with every construct that could come alive in a rendered page. */
const FOREIGN =
  'evil <img src=x onerror=alert(1)> <details><summary>x</summary> **bold** _em_ [link](https://evil.example) ' +
  '@octocat #12 https://evil.example/x www.evil.example mallory@evil.example a|b ~~strike~~ `tick`';
/** A file name as diagnoses quote it, in a code span (a backtick in it would end the span early). */
const FOREIGN_NAME = FOREIGN.replace(' `tick`', '');
const LINKS = {
  foreign: [FOREIGN, FOREIGN_NAME],
  allowedLinks: ['https://github.com/hookline/hookline/', 'https://us-east-1.console.aws.amazon.com/', 'https://github.com/octo-org/'],
};

const expectClean = (markdown: string) => expect(renderProblems(markdown, LINKS)).toEqual([]);

const diagnosis = (over: Partial<Diagnosis> = {}): Diagnosis => ({
  category: 'script-failed',
  severity: 'error',
  title: `ApplicationStart: script exited with an error ${FOREIGN}`,
  message: `\`scripts/start ${FOREIGN_NAME}.sh\` exited with code 1 on i-0a1. ${FOREIGN}`,
  lifecycleEvent: 'ApplicationStart',
  instances: ['i-0a1', `i-${FOREIGN}`],
  file: `appspec ${FOREIGN}.yml`,
  line: 14,
  evidence: [FOREIGN, '```', '</details>', '::set-output name=x::y'],
  fix: `Fix the script. ${FOREIGN}`,
  ...over,
});

describe('the headline', () => {
  const line =
    'Deployment [d-ABC123](https://us-east-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-ABC123) **Succeeded** · revision `s3://b/k.zip`';

  it("core.summary.addHeading's <h2> followed by a line swallows its markdown (the bug this replaces)", () => {
    expect(renderProblems(`<h2>hookline · CodeDeploy shop/prod</h2>\n${line}\n\n`, LINKS)).not.toEqual([]);
  });

  it('a JobSummary heading keeps the link a link, the status bold and the revision code', async () => {
    let written = '';
    const s = new JobSummary(async (md) => void (written += md));
    await s.addHeading('hookline · CodeDeploy shop/prod').addRaw(line).write();
    expectClean(written);
    const html = renderMarkdown(written);
    expect(html).toContain('<h2>hookline · CodeDeploy shop/prod</h2>');
    expect(html).toContain('<a href="https://us-east-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-ABC123">d-ABC123</a>');
    expect(html).toContain('<strong>Succeeded</strong>');
    expect(html).toContain('<code>s3://b/k.zip</code>');
  });

  it('escapes a heading made of foreign names', async () => {
    let written = '';
    await new JobSummary(async (md) => void (written += md)).addHeading(`hookline · ${FOREIGN}`).write();
    expectClean(written);
    expect(inspectHtml(renderMarkdown(written)).tags.filter((t) => t === 'h2')).toHaveLength(2);
  });
});

describe('diagnoses', () => {
  it('render with the status bold, the docs a link and the evidence fenced inside <details>', () => {
    const md = renderDiagnosesMarkdown([diagnosis(), diagnosis({ severity: 'warning', evidence: [] })]);
    expectClean(md);
    const html = renderMarkdown(md);
    expect(html).toMatch(
      /<details><summary>Evidence<\/summary>\s*<pre><code class="language-text">[\s\S]*::set-output name=x::y[\s\S]*<\/code><\/pre>\s*<\/details>/,
    );
    expect(html).toContain(
      '<a href="https://github.com/hookline/hookline/blob/main/docs/diagnoses/script-failed.md"><code>script-failed</code></a>',
    );
    expect(html).toContain('<strong>Fix:</strong>');
  });
});

describe('endings', () => {
  const findings: Finding[] = [
    {
      file: 'appspec.yml',
      line: 8,
      column: 5,
      severity: 'error',
      rule: 'appspec/hook-location-missing',
      message: `No such file ${FOREIGN}`,
    },
    { file: `scripts/${FOREIGN}.sh`, line: 1, column: 1, severity: 'warning', rule: 'scripts/crlf', message: 'CRLF line endings' },
  ];

  it('a pre-flight stop lists every finding in a table and says what was not done', () => {
    const md = preflightSection({ findings, root: 'app', stopped: true, omitted: 3 });
    expectClean(md);
    const html = renderMarkdown(md);
    expect(html).toContain('<table>');
    expect(html).toContain('<code>app/appspec.yml:8</code>');
    expect(html).toContain('<code>appspec/hook-location-missing</code>');
    expect(html).toMatch(/<strong>Not done:<\/strong> nothing was bundled or uploaded/);
    expect(html).toMatch(/3 annotations left out/);
    expect(inspectHtml(html).tags.filter((t) => t === 'tr')).toHaveLength(6); // 3 rows, open and close
  });

  it.each(['failed', 'cancelled', 'input', 'fork'] as const)('the %s ending is one bold verdict and inert text', (kind) => {
    const md = endingSection(kind, `Deployment d-1 failed: ${FOREIGN}\nsecond line`, `nothing ${FOREIGN}`);
    expectClean(md);
    expect(renderMarkdown(md)).toMatch(/<strong>(Failed|Cancelled|Not started|Not deployed):<\/strong>/);
  });
});

describe('tables of instances and events', () => {
  it('CodeDeploy targets: a table, foreign ids inert', () => {
    const md = renderTargetTable([
      {
        instanceTarget: {
          targetId: `i-${FOREIGN}`,
          status: 'Failed',
          lifecycleEvents: [{ lifecycleEventName: 'ApplicationStart', status: 'Failed' }],
        },
      },
    ]);
    expectClean(md);
    expect(renderMarkdown(md)).toContain('<table>');
  });

  it('Beanstalk events and instances: tables inside <details>, messages inert', () => {
    const timeline = renderTimeline([{ EventDate: new Date('2026-01-01T10:00:00Z'), Severity: 'ERROR', Message: FOREIGN }]);
    const instances = renderInstances(
      [{ id: 'i-1', color: 'Red', healthStatus: 'Severe', version: `v1 ${FOREIGN}`, causes: [FOREIGN] }],
      'v1',
    );
    expectClean(timeline);
    expectClean(instances);
    expect(renderMarkdown(timeline)).toMatch(/<details open><summary>Event timeline<\/summary>\s*<table>/);
  });
});

describe('the sticky PR comment', () => {
  const base = {
    target: 'beanstalk' as const,
    name: 'shop-pr-42',
    commit: 'a'.repeat(40),
    runUrl: 'https://github.com/octo-org/shop/actions/runs/4242',
  };

  it.each(['deploying', 'success', 'failure', 'removed'] as const)('%s renders as a table with a logs link', (state) => {
    const md = renderPreviewComment({
      ...base,
      state,
      url: state === 'removed' ? undefined : 'https://github.com/octo-org/shop',
      version: 'pr-42-0123456789ab',
      message: state === 'success' ? undefined : `It broke: ${FOREIGN}`,
      diagnoses: state === 'failure' ? [diagnosis()] : undefined,
    });
    expectClean(md);
    const html = renderMarkdown(md);
    expect(html).toContain('<table>');
    expect(html).toContain('<a href="https://github.com/octo-org/shop/actions/runs/4242">logs</a>');
  });
});
