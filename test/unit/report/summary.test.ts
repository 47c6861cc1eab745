import { existsSync, readFileSync } from 'node:fs';
import { renderDiagnosesMarkdown } from '../../../src/report/summary.js';
import { DIAGNOSIS_CATEGORIES, type Diagnosis } from '../../../src/types.js';

const d = (over: Partial<Diagnosis> = {}): Diagnosis => ({
  category: 'disk-full',
  severity: 'error',
  title: 'DownloadBundle: the instance ran out of disk space',
  message: 'DownloadBundle failed on i-1 because the <disk> is full.',
  lifecycleEvent: 'DownloadBundle',
  instances: ['i-0000000000000001a', 'i-0000000000000002b'],
  file: null,
  line: null,
  evidence: ['No space left on device @ io_write - /opt/codedeploy-agent/deployment-root/x/bundle.tar', 'line with ``` fence'],
  fix: 'Free disk space.',
  ...over,
});

describe('renderDiagnosesMarkdown', () => {
  it('renders every diagnosis with instances, fix, docs link and evidence in <details>', () => {
    const md = renderDiagnosesMarkdown(
      [d(), d({ category: 'script-missing', title: 'AfterInstall: script not found', file: 'appspec.yml', line: 9, instances: [] })],
      'https://x.test/r/blob/main',
    );
    expect(md).toContain('2 causes found');
    expect(md).toContain('### ❌ 1. DownloadBundle: the instance ran out of disk space');
    expect(md).toContain('`i-0000000000000001a`, `i-0000000000000002b`');
    expect(md).toContain('**Fix:** Free disk space.');
    expect(md).toContain('(https://x.test/r/blob/main/docs/diagnoses/disk-full.md)');
    expect(md).toContain('<details><summary>Evidence</summary>');
    expect(md).toContain('No space left on device @ io_write');
    expect(md).toContain('**Where:** `appspec.yml` line 9');
  });

  it('escapes HTML in prose and fences evidence safely', () => {
    const md = renderDiagnosesMarkdown([d()]);
    expect(md).toContain('&lt;disk&gt;');
    expect(md).toContain('````text');
  });

  it('says so when there is nothing to explain', () => {
    expect(renderDiagnosesMarkdown([])).toContain('No failure to explain');
  });
});

describe('docs pages', () => {
  it.each(DIAGNOSIS_CATEGORIES.map((c) => [c]))('docs/diagnoses/%s.md exists with the required sections', (category) => {
    const url = new URL(`../../../docs/diagnoses/${category}.md`, import.meta.url);
    expect(existsSync(url)).toBe(true);
    const text = readFileSync(url, 'utf8');
    expect(text).toMatch(new RegExp(`^# \`${category}\``, 'm'));
    for (const h of ['## What it means', '## How it shows up', '## How to fix it', '## Example']) expect(text).toContain(h);
  });
});
