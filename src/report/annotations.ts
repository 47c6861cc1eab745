// Annotations within GitHub's budget: at most 10 error, 10 warning and 10 notice annotations are
// shown per step (50 per job). Identical annotations are grouped, the caller's order is the
// priority, and when anything is left out one final notice says how many more are in the job
// summary — that notice itself fits the budget. Pure: the caller emits.

import type { Diagnosis } from '../types.js';
import { listInstances } from '../diagnose/text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationBudget {
  error: number;
  warning: number;
  notice: number;
  total: number;
}

/** GitHub's limits for one step (the job-wide limit is 50). */
export const DEFAULT_BUDGET: AnnotationBudget = { error: 10, warning: 10, notice: 10, total: 50 };

export interface AnnotationPlan {
  shown: Annotation[];
  /** Groups (distinct annotations) left out; the final notice, when present, counts them. */
  omitted: number;
}

export function keyOf(a: Annotation): string {
  return JSON.stringify([a.level, a.title, a.message, a.file ?? '', a.startLine ?? 0, a.startColumn ?? 0]);
}

/** Identical annotations collapse into one (noting how many times it was reported), in first-seen order. */
export function groupAnnotations(items: Annotation[]): Annotation[] {
  const groups = new Map<string, { a: Annotation; n: number }>();
  for (const a of items) {
    const k = keyOf(a);
    const g = groups.get(k);
    if (g) g.n++;
    else groups.set(k, { a, n: 1 });
  }
  return [...groups.values()].map(({ a, n }) => (n > 1 ? { ...a, message: `${a.message}\n(reported ${n} times)` } : a));
}

function select(groups: Annotation[], limits: AnnotationBudget): Annotation[] {
  const used = { error: 0, warning: 0, notice: 0 };
  let total = 0;
  const shown: Annotation[] = [];
  for (const a of groups) {
    if (total >= limits.total) break;
    if (used[a.level] >= limits[a.level]) continue;
    used[a.level]++;
    total++;
    shown.push(a);
  }
  return shown;
}

export function omittedNotice(omitted: Annotation[]): Annotation {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const a of omitted) counts[a.level]++;
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((l) => counts[l] > 0)
    .map((l) => `${counts[l]} ${l === 'error' ? 'error' : l}${counts[l] === 1 ? '' : 's'}`);
  const n = omitted.length;
  return {
    level: 'notice',
    title: 'hookline: more in the job summary',
    message: `${n} more annotation${n === 1 ? '' : 's'} (${parts.join(', ')}) not shown here — GitHub shows at most 10 of each kind per step. All of them are in the job summary.`,
  };
}

/**
 * Choose what to show. Every group is either shown or counted in `omitted` (and announced by the
 * final notice, which needs one notice slot and one total slot; with a zero notice or total
 * budget nothing can be announced, and the count is only returned).
 */
export function planAnnotations(items: Annotation[], budget: AnnotationBudget = DEFAULT_BUDGET): AnnotationPlan {
  const b: AnnotationBudget = {
    error: Math.max(0, Math.floor(budget.error)),
    warning: Math.max(0, Math.floor(budget.warning)),
    notice: Math.max(0, Math.floor(budget.notice)),
    total: Math.max(0, Math.floor(budget.total)),
  };
  const groups = groupAnnotations(items);
  const all = select(groups, b);
  if (all.length === groups.length) return { shown: all, omitted: 0 };
  if (b.notice === 0 || b.total === 0) return { shown: all, omitted: groups.length - all.length };
  const shown = select(groups, { ...b, notice: b.notice - 1, total: b.total - 1 });
  const shownSet = new Set(shown);
  const left = groups.filter((g) => !shownSet.has(g));
  return { shown: [...shown, omittedNotice(left)], omitted: left.length };
}

/** Where the docs page of a category lives, from a base that may end at the repo, docs/ or docs/diagnoses/. */
export function docsUrl(category: string, docsBaseUrl: string): string {
  const base = docsBaseUrl.replace(/\/+$/, '');
  if (/\/docs\/diagnoses$/.test(base)) return `${base}/${category}.md`;
  if (/\/docs$/.test(base)) return `${base}/diagnoses/${category}.md`;
  return `${base}${base ? '/' : ''}docs/diagnoses/${category}.md`;
}

const MAX_MESSAGE = 3500;

/** One diagnosis as an annotation on its responsible line: what, where, evidence, fix, docs. */
export function diagnosisToAnnotation(d: Diagnosis, docsBaseUrl: string): Annotation {
  const parts: string[] = [d.message];
  if (d.instances.length > 0) {
    parts.push(`Instances (${d.instances.length}): ${listInstances(d.instances, 10)}`);
  }
  if (d.lifecycleEvent) parts.push(`Event: ${d.lifecycleEvent}`);
  const evidence = d.evidence.slice(0, 4);
  if (evidence.length > 0) parts.push(`Evidence:\n${evidence.map((e) => `  ${e}`).join('\n')}`);
  parts.push(`Fix: ${d.fix}`);
  const link = `Docs: ${docsUrl(d.category, docsBaseUrl)}`;
  let message = parts.join('\n');
  if (message.length + link.length + 1 > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE - link.length - 2)}…`;
  const a: Annotation = { level: d.severity, title: `hookline: ${d.title}`, message: `${message}\n${link}` };
  if (d.file) {
    a.file = d.file;
    if (d.line !== null && d.line > 0) a.startLine = d.line;
  }
  return a;
}
