// Which failed CodeDeploy deployments are worth a new deployment (`retries: N`): only those whose
// every cause, as the diagnosis engine classifies it, lies with AWS or with the moment — never
// with the revision, its scripts or the group's configuration, which fail the same way again.
// The engine's categories are coarse (agent-unavailable also means "not installed",
// bundle-access-denied also means "no permission"), so two entries narrow a category to the rule
// or the evidence that makes it transient.
import type { DiagnosisCategory, FailureFacts } from '../types.js';
import { classifyDeploymentError, classifyHook, collectFailures } from '../diagnose/codedeploy.js';
import { CONSEQUENCE_CODES } from '../diagnose/rules/codedeploy.js';
import { obj, str } from '../diagnose/text.js';

/** One cause of a failure as the diagnosis engine classified it. */
export interface Cause {
  category: DiagnosisCategory;
  /** The rule of the engine's table that decided it (null when only an error code did). */
  rule: string | null;
  /** The AWS / agent text it was decided from (message and log tail). */
  text: string;
}

interface TransientEntry {
  /** Why a new deployment may succeed, for the summary. */
  why: string;
  /** Narrows the category: only causes passing this are transient. */
  only?: (c: Cause) => boolean;
}

/** A timeout on the instance's way to S3 (Ruby Net::*Timeout, S3's RequestTimeout), not a refusal. */
const S3_TIMEOUT = /Net::(?:Open|Read)Timeout|execution expired|RequestTimeout|(?:connection|operation|request) timed out/i;

/** The transient causes; every category not listed here is permanent. */
export const TRANSIENT: Readonly<Partial<Record<DiagnosisCategory, TransientEntry>>> = {
  'platform-error': { why: 'AWS reported an internal error or throttled the deployment' },
  'agent-unavailable': {
    why: 'the CodeDeploy agent restarted during a lifecycle event',
    only: (c) => c.rule === 'codedeploy/agent-restarted',
  },
  'bundle-access-denied': {
    why: 'the instance timed out talking to S3',
    only: (c) => S3_TIMEOUT.test(c.text),
  },
};

/** Why a cause is transient, or undefined when it is not. */
export function transientWhy(c: Cause): string | undefined {
  const entry = TRANSIENT[c.category];
  return entry && (!entry.only || entry.only(c)) ? entry.why : undefined;
}

export interface Verdict {
  /** Every cause is transient: a new deployment may succeed. */
  transient: boolean;
  /** One sentence for the summary: what the causes were and why that does (not) warrant a retry. */
  reason: string;
  causes: Cause[];
}

/** The verdict over all causes of one failed deployment (pure): transient only when every cause is. */
export function judge(causes: Cause[]): Verdict {
  if (causes.length === 0) return { transient: false, reason: 'no cause could be read from CodeDeploy', causes };
  const permanent = causes.filter((c) => transientWhy(c) === undefined);
  if (permanent.length > 0) {
    const names = [...new Set(permanent.map((c) => c.category))].join(', ');
    return { transient: false, reason: `${names} is not transient: the same revision would fail again`, causes };
  }
  const whys = [...new Set(causes.map((c) => transientWhy(c) as string))];
  return { transient: true, reason: whys.join('; '), causes };
}

/**
 * The causes of a failed CodeDeploy deployment, read as the diagnosis engine reads them: each
 * failed lifecycle event, then the deployment's errorInformation (left out when it only restates
 * what failed targets explain, as the engine does).
 */
export function causesOf(facts: FailureFacts): Cause[] {
  const causes: Cause[] = [];
  const { failures } = collectFailures(facts.targets);
  for (const f of failures) {
    const { rule } = classifyHook(f);
    causes.push({ category: rule.category, rule: rule.id, text: `${f.message}\n${f.logTail}` });
  }
  const info = obj(facts.deployment, 'errorInformation');
  const err = { code: str(info, 'code').trim(), message: str(info, 'message').trim() };
  if (err.code || err.message) {
    const { ruleId, category } = classifyDeploymentError(err);
    const consequence = CONSEQUENCE_CODES.has(err.code) || category === 'health-constraints';
    if (!(consequence && failures.length > 0)) causes.push({ category, rule: ruleId, text: `${err.code}: ${err.message}` });
  }
  return causes;
}
