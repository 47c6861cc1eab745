import { MARKER, findSticky, renderPreviewComment } from '../../../src/github/comment.js';
import type { Diagnosis } from '../../../src/types.js';

const base = {
  target: 'beanstalk' as const,
  name: 'shop-pr-42',
  commit: 'a1b2c3d4e5f6',
  runUrl: 'https://github.com/octo-org/shop/actions/runs/1',
};

describe('renderPreviewComment', () => {
  it('starts with the hidden marker and shows URL, commit, version and status', () => {
    const body = renderPreviewComment({ ...base, state: 'success', url: 'http://shop-pr-42.example', version: 'pr-42-0123456789ab' });
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('http://shop-pr-42.example');
    expect(body).toContain('`a1b2c3d`');
    expect(body).toContain('`pr-42-0123456789ab`');
    expect(body).toContain('| Status | success |');
  });

  it('lists the diagnoses on failure, escaped', () => {
    const d: Diagnosis = {
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
    };
    const body = renderPreviewComment({ ...base, state: 'failure', message: 'Deploying failed <b>', diagnoses: [d] });
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
});

describe('findSticky', () => {
  it('finds the comment that starts with the marker, not one that quotes it', () => {
    const comments = [
      { id: 1, body: `Look: ${MARKER}` },
      { id: 2, body: null },
      { id: 3, body: `${MARKER}\n### ✅ Preview deployed` },
    ];
    expect(findSticky(comments)?.id).toBe(3);
    expect(findSticky([{ id: 1, body: 'hi' }])).toBeUndefined();
  });
});
