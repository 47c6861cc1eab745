// EC2 tag filters as CreateDeploymentGroup takes them, and the instances they select. Every
// emulated instance carries one tag, codedeploy-group=<the scenario group that listed it>.
import type { CodeDeployScenario } from '../scenario.js';
import { cdErr } from './errors.js';
import { str } from './lookup.js';
import { INSTANCE_TAG_KEY, type EC2TagFilter } from './model.js';

type Input = Record<string, unknown>;

export function tagFilters(v: unknown, path: string): EC2TagFilter[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw cdErr('InvalidEC2TagException', `${path} must be a list of tag filters.`);
  return v.map((f: Input) => {
    const type =
      f?.Type ?? (f?.Key !== undefined && f?.Value !== undefined ? 'KEY_AND_VALUE' : f?.Key !== undefined ? 'KEY_ONLY' : 'VALUE_ONLY');
    if (type !== 'KEY_ONLY' && type !== 'VALUE_ONLY' && type !== 'KEY_AND_VALUE')
      throw cdErr('InvalidEC2TagException', `The tag filter type ${String(type)} is invalid.`);
    if ((type !== 'VALUE_ONLY' && !str(f.Key)) || (type !== 'KEY_ONLY' && f.Value === undefined))
      throw cdErr('InvalidEC2TagException', 'The tag was specified in an invalid format.');
    return {
      ...(str(f.Key) ? { Key: f.Key as string } : {}),
      ...(f.Value !== undefined ? { Value: String(f.Value) } : {}),
      Type: type,
    } as EC2TagFilter;
  });
}

/** Instance id → the value of its one tag: the first scenario group that listed it. */
export function instanceTags(settings: CodeDeployScenario): Map<string, string> {
  const tags = new Map<string, string>();
  for (const app of settings.applications) {
    for (const g of app.deploymentGroups) for (const i of g.instances) if (!tags.has(i)) tags.set(i, g.name);
  }
  return tags;
}

/** Whether an instance (tagged codedeploy-group=<value>) matches one filter. */
const matches = (value: string, f: EC2TagFilter): boolean =>
  f.Type === 'KEY_ONLY'
    ? f.Key === INSTANCE_TAG_KEY
    : f.Type === 'VALUE_ONLY'
      ? f.Value === value
      : f.Key === INSTANCE_TAG_KEY && f.Value === value;

/** The instances the filters select, as EC2 would: any filter of a list (ORed); every list of a tag set (ANDed). */
export function selectInstances(tags: Map<string, string>, lists: EC2TagFilter[][]): string[] {
  if (!lists.length || lists.every((l) => !l.length)) return [];
  return [...tags].filter(([, value]) => lists.every((l) => l.some((f) => matches(value, f)))).map(([id]) => id);
}
