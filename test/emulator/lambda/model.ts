// Simulated Lambda functions: published versions, aliases (with weighted routing while CodeDeploy
// shifts traffic) and, for hook functions, the outcome the scenario gives them.
import { ScenarioError } from '../scenario.js';
import { ACCOUNT, REGION, int, list, obj, oneOf, str } from '../compute/check.js';

/**
 * What a hook function does when CodeDeploy invokes it: report Succeeded, report Failed, never
 * report (returns without calling PutLifecycleEventHookExecutionStatus), or be denied that call
 * (its execution role lacks codedeploy:PutLifecycleEventHookExecutionStatus) — the last two look
 * the same to CodeDeploy: no status within the hour.
 */
export const HOOK_OUTCOMES = ['succeed', 'fail', 'never', 'denied'] as const;
export type HookOutcome = (typeof HOOK_OUTCOMES)[number];

export interface FunctionState {
  name: string;
  /** Highest published version (versions are 1..published). */
  published: number;
  aliases: Map<string, { version: string; weights: Record<string, number> }>;
  hook: HookOutcome;
  /** Lines the function "logged", for tests (the denied outcome logs the AccessDenied). */
  log: string[];
}

export interface LambdaScenario {
  functions: { name: string; versions: number; aliases: Record<string, string>; hook: HookOutcome }[];
}

export function readLambdaScenario(v: unknown): LambdaScenario {
  const o = obj(v ?? {}, 'lambda', ['functions']);
  return {
    functions: list(o.functions, 'lambda.functions').map((f, i) => {
      const p = `lambda.functions[${i}]`;
      const fo = obj(f, p, ['name', 'versions', 'aliases', 'hook']);
      const versions = int(fo.versions, `${p}.versions`, 1, 1);
      const aliases = obj(fo.aliases ?? {}, `${p}.aliases`, Object.keys((fo.aliases as object | undefined) ?? {}));
      for (const [a, ver] of Object.entries(aliases))
        if (typeof ver !== 'string' || !/^\d+$/.test(ver) || Number(ver) > versions)
          throw new ScenarioError(`scenario: ${p}.aliases.${a} must be a published version ("1".."${versions}")`);
      return {
        name: str(fo.name, `${p}.name`),
        versions,
        aliases: aliases as Record<string, string>,
        hook: oneOf(fo.hook, `${p}.hook`, HOOK_OUTCOMES, 'succeed'),
      };
    }),
  };
}

export function functionArn(name: string, qualifier?: string): string {
  return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}${qualifier ? `:${qualifier}` : ''}`;
}

/** A function name from a name, partial or full ARN (qualifier dropped). */
export function functionNameOf(ref: string): string {
  const m = /(?:^|:function:)([A-Za-z0-9_-]+)(?::[^:]+)?$/.exec(ref);
  return m?.[1] ?? ref;
}

export class LambdaState {
  readonly functions = new Map<string, FunctionState>();

  constructor(s: LambdaScenario) {
    for (const f of s.functions) {
      this.functions.set(f.name, {
        name: f.name,
        published: f.versions,
        aliases: new Map(Object.entries(f.aliases).map(([a, v]) => [a, { version: v, weights: {} }])),
        hook: f.hook,
        log: [],
      });
    }
  }

  get(ref: string): FunctionState | undefined {
    return this.functions.get(functionNameOf(ref));
  }
}
