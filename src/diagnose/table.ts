// One ordered rule table per service (rules/codedeploy.ts, rules/beanstalk.ts): the first rule
// whose `when` matches decides the cause. Adding a rule is one entry plus one fixture.
import type { DiagnosisCategory } from '../types.js';

export interface Rule<Facts, Match = true, Cause = unknown> {
  /** Stable id, used by tests and docs/diagnoses (e.g. `codedeploy/disk-full-unpack`). */
  id: string;
  category: DiagnosisCategory;
  /** Where the wording comes from: an agent source file, an AWS documentation page or a public thread's URL. */
  source: string;
  /** The evidence this rule needs, or null/undefined/false when it does not apply. */
  when: (facts: Facts) => Match | null | undefined | false;
  /** What to tell the user, built from the facts and the evidence `when` returned. */
  explain: (facts: Facts, match: Match) => Cause;
}

/** The first matching rule and its evidence, in table order. */
export function firstMatch<Facts, Cause>(
  rules: readonly Rule<Facts, any, Cause>[], // eslint-disable-line @typescript-eslint/no-explicit-any -- each rule has its own Match
  facts: Facts,
): { rule: Rule<Facts, unknown, Cause>; cause: Cause } | null {
  for (const rule of rules) {
    const match = rule.when(facts);
    if (match === null || match === undefined || match === false) continue;
    return { rule, cause: rule.explain(facts, match) };
  }
  return null;
}
