// How a bake ends: a pass is one summary line; a breach is a diagnosis, a summary line written
// before any redeploy, the redeploy when asked for, and one failure naming both.
import { concludeBake } from '../../../src/bake/outcome.js';
import { DeploymentFailed } from '../../../src/errors.js';
import { Reporter, type ReportSink } from '../../../src/report/reporter.js';

function recorder(): { sink: ReportSink; out: string[]; summary: string[] } {
  const out: string[] = [];
  const summary: string[] = [];
  return {
    out,
    summary,
    sink: {
      write: (t) => void out.push(t),
      setOutput: () => undefined,
      saveState: () => undefined,
      setSecret: () => undefined,
      appendSummary: async (m) => void summary.push(m),
      markFailed: () => undefined,
    },
  };
}

const breach = {
  title: 'Alarm shop-5xx went to ALARM during the bake',
  message: 'shop-5xx is in ALARM: 12 > 5.',
  evidence: ['shop-5xx: ALARM'],
};

describe('concludeBake', () => {
  it('a passed bake: one summary line, no annotation', async () => {
    const r = recorder();
    await concludeBake({ reads: 7 }, { report: new Reporter(r.sink), durationMs: 600_000, subject: 'deployment d-1', fix: 'x' });
    expect(r.summary.join('')).toBe('Bake: ✅ passed · 10m · 7 reads\n\n');
    expect(r.out.join('')).not.toMatch(/::(error|warning)/);
  });

  it('reads failing at the end: a warning that the end was not verified', async () => {
    const r = recorder();
    await concludeBake(
      { reads: 2, unverified: 'throttled' },
      { report: new Reporter(r.sink), durationMs: 90_000, subject: 'deployment d-1', fix: 'x' },
    );
    expect(r.out.join('')).toMatch(
      /::warning title=Bake not verified::The bake of deployment d-1 ended while its reads were failing \(throttled\)/,
    );
  });

  it('a breach with redeploy-previous: diagnosis and summary line first, then the redeploy, then the failure naming both', async () => {
    const r = recorder();
    const order: string[] = [];
    const failure = concludeBake(
      { breach, reads: 3 },
      {
        report: new Reporter(r.sink),
        durationMs: 600_000,
        subject: 'deployment d-2 (shop/prod)',
        fix: 'Find what changed.',
        restore: async () => {
          order.push(`restore after ${r.summary.length} summary writes`);
          return 'The previous revision s3://b/k.zip was released again and is live.';
        },
      },
    );
    await expect(failure).rejects.toThrow(DeploymentFailed);
    await expect(failure).rejects.toThrow(
      'Bake failed for deployment d-2 (shop/prod): shop-5xx is in ALARM: 12 > 5. The previous revision s3://b/k.zip was released again and is live.',
    );
    expect(order).toEqual(['restore after 1 summary writes']);
    expect(r.summary[0]).toMatch(
      /Alarm shop-5xx went to ALARM during the bake[\s\S]*Bake: ❌ Alarm shop-5xx went to ALARM during the bake · on-bake-failure: redeploy-previous/,
    );
    expect(r.out.join('')).toMatch(/::error title=hookline%3A Alarm shop-5xx went to ALARM during the bake::/);
  });

  it('a breach without a previous revision, or with fail: the new release stays, said in the failure', async () => {
    const r = recorder();
    await expect(
      concludeBake(
        { breach, reads: 1 },
        {
          report: new Reporter(r.sink),
          durationMs: 60_000,
          subject: 'deployment d-3',
          fix: 'x',
          noRestore: 'Deployment d-3 records no previous revision to release again; it stays live.',
        },
      ),
    ).rejects.toThrow(
      'Bake failed for deployment d-3: shop-5xx is in ALARM: 12 > 5. Deployment d-3 records no previous revision to release again; it stays live.',
    );
    await expect(
      concludeBake(
        { breach, reads: 1 },
        { report: new Reporter(recorder().sink), durationMs: 60_000, subject: 'deployment d-4', fix: 'x' },
      ),
    ).rejects.toThrow(/deployment d-4 stays live \(on-bake-failure: fail\)\.$/);
  });
});
