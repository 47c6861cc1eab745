// The diagnosis engine: a pure function from the facts gathered from AWS (and, when available,
// the bundle's configuration files) to root causes, most decisive first.

import type { BundleFiles, Diagnosis, FailureFacts } from '../types.js';
import { diagnoseBeanstalk } from './beanstalk.js';
import { diagnoseCodeDeploy } from './codedeploy.js';
import { sortDiagnoses } from './group.js';

export { CATEGORY_INFO } from './catalog.js';
export { diagnoseCodeDeploy } from './codedeploy.js';
export { diagnoseBeanstalk } from './beanstalk.js';

export function diagnose(facts: FailureFacts, bundle?: BundleFiles): Diagnosis[] {
  const list = facts.service === 'beanstalk' ? diagnoseBeanstalk(facts, bundle) : diagnoseCodeDeploy(facts, bundle);
  return sortDiagnoses(list);
}
