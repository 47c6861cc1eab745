// The diagnosis engine: a pure function from the facts gathered from AWS (and, when available,
// the bundle's configuration files) to root causes, most decisive first. Never empty when the
// facts show a failure: an unexplained failure is an `unknown` diagnosis with its raw evidence.

import type { BundleFiles, Diagnosis, FailureFacts } from '../types.js';
import { diagnoseBeanstalk } from './beanstalk.js';
import { diagnoseCodeDeploy } from './codedeploy.js';
import { computeFactsOf, diagnoseCompute } from './compute.js';
import { fallbackDiagnosis, showsFailure } from './fallback.js';
import { sortDiagnoses } from './group.js';

export { CATEGORY_INFO } from './catalog.js';
export { diagnoseCodeDeploy } from './codedeploy.js';
export { diagnoseBeanstalk } from './beanstalk.js';
export { showsFailure } from './fallback.js';

export function diagnose(facts: FailureFacts, bundle?: BundleFiles): Diagnosis[] {
  const compute = facts.service === 'codedeploy' ? (facts.compute ?? computeFactsOf(facts.deployment)) : undefined;
  const list =
    facts.service === 'beanstalk'
      ? diagnoseBeanstalk(facts, bundle)
      : compute
        ? diagnoseCompute({ ...facts, compute })
        : diagnoseCodeDeploy(facts, bundle);
  if (list.length === 0 && showsFailure(facts)) list.push(fallbackDiagnosis(facts));
  return sortDiagnoses(list);
}
