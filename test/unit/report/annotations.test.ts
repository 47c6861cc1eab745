import fc from 'fast-check';
import {
  diagnosisToAnnotation,
  docsUrl,
  planAnnotations,
  type Annotation,
  type AnnotationBudget,
} from '../../../src/report/annotations.js';
import type { Diagnosis } from '../../../src/types.js';

const a = (level: Annotation['level'], n: number, extra: Partial<Annotation> = {}): Annotation => ({
  level,
  title: `${level} ${n}`,
  message: `message ${n}`,
  ...extra,
});
const many = (level: Annotation['level'], count: number, from = 0) => Array.from({ length: count }, (_, i) => a(level, from + i));

describe('planAnnotations', () => {
  it('shows everything that fits, in the given order', () => {
    const items = [a('error', 1), a('warning', 2), a('notice', 3)];
    expect(planAnnotations(items)).toEqual({ shown: items, omitted: 0 });
  });

  it('keeps the first 10 errors and announces the rest in one final notice', () => {
    const plan = planAnnotations(many('error', 14));
    expect(plan.omitted).toBe(4);
    expect(plan.shown.filter((x) => x.level === 'error').map((x) => x.title)).toEqual(many('error', 10).map((x) => x.title));
    const last = plan.shown.at(-1);
    expect(last?.level).toBe('notice');
    expect(last?.message).toMatch(/^4 more annotations \(4 errors\).*job summary/);
  });

  it('makes room for the final notice when the notices are full', () => {
    const plan = planAnnotations([...many('notice', 12)]);
    expect(plan.shown).toHaveLength(10);
    expect(plan.shown.slice(0, 9).map((x) => x.title)).toEqual(many('notice', 9).map((x) => x.title));
    expect(plan.omitted).toBe(3);
    expect(plan.shown[9]?.message).toMatch(/^3 more/);
  });

  it('groups identical annotations into one', () => {
    const same = a('error', 1, { file: 'appspec.yml', startLine: 9 });
    const plan = planAnnotations([same, { ...same }, { ...same }, a('error', 2)]);
    expect(plan.shown).toHaveLength(2);
    expect(plan.shown[0]?.message).toContain('reported 3 times');
    expect(plan.omitted).toBe(0);
  });

  it('a lower-priority warning still shows when errors overflow', () => {
    const plan = planAnnotations([...many('error', 12), a('warning', 99)]);
    expect(plan.shown.some((x) => x.title === 'warning 99')).toBe(true);
    expect(plan.omitted).toBe(2);
  });

  it('respects a job-wide total budget', () => {
    const plan = planAnnotations([...many('error', 5), ...many('warning', 5)], { error: 10, warning: 10, notice: 10, total: 4 });
    expect(plan.shown).toHaveLength(4);
    expect(plan.shown.map((x) => x.title)).toEqual([
      'error 0',
      'error 1',
      'error 2',
      'notice' === plan.shown[3]?.level ? plan.shown[3]?.title : '',
    ]);
    expect(plan.omitted).toBe(7);
  });

  const level = fc.constantFrom<Annotation['level']>('error', 'warning', 'notice');
  const annotation = fc.record({
    level,
    title: fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6'),
    message: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
    file: fc.option(fc.constantFrom('appspec.yml', '.ebextensions/a.config'), { nil: undefined }),
  });
  const budget: fc.Arbitrary<AnnotationBudget> = fc.record({
    error: fc.integer({ min: 0, max: 12 }),
    warning: fc.integer({ min: 0, max: 12 }),
    notice: fc.integer({ min: 1, max: 12 }),
    total: fc.integer({ min: 1, max: 60 }),
  });
  const keyOf = (x: Annotation) => JSON.stringify([x.level, x.title, x.message, x.file ?? '']);

  it('property: never exceeds the budget, never drops a group silently', () => {
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 120 }), fc.option(budget, { nil: undefined }), (items, b) => {
        const limits = b ?? { error: 10, warning: 10, notice: 10, total: 50 };
        const plan = planAnnotations(items, b);
        const count = (l: Annotation['level']) => plan.shown.filter((x) => x.level === l).length;
        expect(count('error')).toBeLessThanOrEqual(limits.error);
        expect(count('warning')).toBeLessThanOrEqual(limits.warning);
        expect(count('notice')).toBeLessThanOrEqual(limits.notice);
        expect(plan.shown.length).toBeLessThanOrEqual(limits.total);
        const groups = new Set(items.map(keyOf)).size;
        const announced = plan.omitted > 0 ? 1 : 0;
        // every group is shown exactly once or counted as omitted, and omissions are announced
        expect(plan.shown.length - announced + plan.omitted).toBe(groups);
        if (plan.omitted > 0) expect(plan.shown.at(-1)?.message).toContain(`${plan.omitted} more`);
        // shown groups keep the caller's order (priority)
        const shownKeys = plan.shown
          .slice(0, plan.shown.length - announced)
          .map((x) => JSON.stringify([x.level, x.title, x.message.replace(/\n\(reported \d+ times\)$/, ''), x.file ?? '']));
        const firstSeen = [...new Set(items.map(keyOf))];
        const positions = shownKeys.map((k) => firstSeen.indexOf(k));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((x, y) => x - y)).toEqual(positions);
      }),
      { numRuns: 500 },
    );
  });
});

describe('diagnosisToAnnotation', () => {
  const d: Diagnosis = {
    category: 'script-missing',
    severity: 'error',
    title: 'AfterInstall: script not found in the bundle',
    message: 'The agent looked for `/var/app/current/start.sh` …',
    lifecycleEvent: 'AfterInstall',
    instances: ['i-0000000000000001a', 'i-0000000000000002b'],
    file: 'appspec.yml',
    line: 9,
    evidence: [
      'Script does not exist at specified location: /opt/codedeploy-agent/deployment-root/g/d-X/deployment-archive/var/app/current/start.sh',
    ],
    fix: 'Set `location: start.sh`.',
  };

  it('puts instances, evidence, fix and the docs link in the message, on the responsible line', () => {
    const ann = diagnosisToAnnotation(d, 'https://github.com/hookline/hookline/blob/main/docs');
    expect(ann).toMatchObject({ level: 'error', file: 'appspec.yml', startLine: 9 });
    expect(ann.title).toContain('script not found');
    expect(ann.message).toContain('i-0000000000000001a, i-0000000000000002b');
    expect(ann.message).toContain('Script does not exist at specified location');
    expect(ann.message).toContain('Fix: Set `location: start.sh`.');
    expect(ann.message).toContain('https://github.com/hookline/hookline/blob/main/docs/diagnoses/script-missing.md');
  });

  it('has no location when the diagnosis has none', () => {
    const ann = diagnosisToAnnotation({ ...d, file: null, line: null }, 'https://x.test/repo');
    expect(ann.file).toBeUndefined();
    expect(ann.startLine).toBeUndefined();
  });

  it('keeps long messages bounded but keeps the docs link', () => {
    const ann = diagnosisToAnnotation({ ...d, message: 'x'.repeat(10000) }, 'https://x.test/repo');
    expect(ann.message.length).toBeLessThanOrEqual(3500);
    expect(ann.message).toMatch(/docs\/diagnoses\/script-missing\.md$/);
  });

  it('builds the docs URL from a repo, docs/ or docs/diagnoses base', () => {
    expect(docsUrl('disk-full', 'https://x.test/r/blob/v1')).toBe('https://x.test/r/blob/v1/docs/diagnoses/disk-full.md');
    expect(docsUrl('disk-full', 'https://x.test/r/blob/v1/docs/')).toBe('https://x.test/r/blob/v1/docs/diagnoses/disk-full.md');
    expect(docsUrl('disk-full', 'https://x.test/r/blob/v1/docs/diagnoses')).toBe('https://x.test/r/blob/v1/docs/diagnoses/disk-full.md');
  });
});
