/*
 * Platform branch lifecycle of the emulated account: the `beanstalk.platformBranches` section.
 * Branches the environments use and that are not listed are Supported (the default answer).
 *
 * beanstalk:
 *   platformBranches:
 *     - branch: Node.js 18 running on 64bit Amazon Linux 2
 *       platform: Node.js            # PlatformName in ListPlatformBranches (default: the runtime's first word)
 *       state: Retired               # Supported | Beta | Deprecated | Retired (default Supported)
 *       order: 2                     # BranchOrder: larger is newer within the platform
 *
 * The API carries states, not dates (PlatformBranchSummary and PlatformDescription have no
 * retirement date member), so neither does the scenario.
 */
import type { QueryParams, XmlObject } from './protocol.js';
import { Codes, EbError } from './protocol.js';

export const BRANCH_STATES = ['Supported', 'Beta', 'Deprecated', 'Retired'] as const;
export type BranchState = (typeof BRANCH_STATES)[number];

/** One listed branch as an author writes it (defaults filled by checkPlatformBranches). */
export type PlatformBranchInput = Partial<Omit<PlatformBranchSpec, 'branch'>> & { branch: string };

export interface PlatformBranchSpec {
  branch: string;
  platform: string;
  state: BranchState;
  order: number;
}

/** "Node.js 18 running on 64bit Amazon Linux 2" → "Node.js". */
function platformOfBranch(branch: string): string {
  const runtime = branch.split(' running on ')[0] ?? branch;
  return runtime.split(' ')[0] ?? runtime;
}

export function checkPlatformBranches(raw: unknown): PlatformBranchSpec[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new Error('beanstalk.platformBranches: expected a list');
  return raw.map((v, i) => {
    const p = `beanstalk.platformBranches[${i}]`;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${p}: expected a mapping`);
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o))
      if (!['branch', 'platform', 'state', 'order'].includes(k))
        throw new Error(`${p}.${k}: unknown key (allowed: branch, platform, state, order)`);
    if (typeof o.branch !== 'string' || o.branch === '') throw new Error(`${p}.branch: expected a branch name`);
    const state = o.state ?? 'Supported';
    if (!BRANCH_STATES.includes(state as BranchState)) throw new Error(`${p}.state: expected one of ${BRANCH_STATES.join('|')}`);
    if (o.order !== undefined && (typeof o.order !== 'number' || !Number.isInteger(o.order) || o.order < 1))
      throw new Error(`${p}.order: expected an integer ≥ 1`);
    if (o.platform !== undefined && (typeof o.platform !== 'string' || o.platform === ''))
      throw new Error(`${p}.platform: expected a name`);
    return {
      branch: o.branch,
      platform: (o.platform as string | undefined) ?? platformOfBranch(o.branch),
      state: state as BranchState,
      order: (o.order as number | undefined) ?? 1,
    };
  });
}

const OPERATORS = ['=', '!=', 'begins_with', 'ends_with', 'contains', 'in', 'not_in'] as const;

function matches(value: string, operator: string, values: string[]): boolean {
  const first = values[0] ?? '';
  switch (operator) {
    case '=':
      return value === first;
    case '!=':
      return value !== first;
    case 'begins_with':
      return value.startsWith(first);
    case 'ends_with':
      return value.endsWith(first);
    case 'contains':
      return value.includes(first);
    case 'in':
      return values.includes(value);
    case 'not_in':
      return !values.includes(value);
    default:
      return false;
  }
}

export class PlatformBranches {
  private readonly listed: Map<string, PlatformBranchSpec>;

  constructor(raw: unknown) {
    this.listed = new Map(checkPlatformBranches(raw).map((b) => [b.branch, b]));
  }

  /** A branch's lifecycle (listed, or Supported). */
  of(branch: string): PlatformBranchSpec {
    return this.listed.get(branch) ?? { branch, platform: platformOfBranch(branch), state: 'Supported', order: 1 };
  }

  /** PlatformBranchLifecycleState of DescribePlatformVersion / ListPlatformVersions. */
  stateOf(branch: string): BranchState {
    return this.of(branch).state;
  }

  /** ListPlatformBranches over the listed branches and those `inUse`, with the API's Filters (AND of terms). */
  list(inUse: string[], p: QueryParams): XmlObject {
    const all = new Map<string, PlatformBranchSpec>();
    for (const b of inUse) all.set(b, this.of(b));
    for (const b of this.listed.values()) all.set(b.branch, b);
    const filters = p.structList('Filters').map((f) => ({
      attribute: p.str(`${f}.Attribute`) ?? '',
      operator: p.str(`${f}.Operator`) ?? '=',
      values: p.list(`${f}.Values`),
    }));
    for (const f of filters) {
      if (!(OPERATORS as readonly string[]).includes(f.operator))
        throw new EbError(Codes.InvalidParameterValue, `Invalid operator '${f.operator}' for attribute ${f.attribute}.`);
    }
    const field = (b: PlatformBranchSpec, attribute: string): string | undefined =>
      ({ BranchName: b.branch, PlatformName: b.platform, LifecycleState: b.state.toLowerCase(), TierType: 'WebServer/Standard' })[
        attribute
      ];
    const hits = [...all.values()]
      .filter((b) =>
        filters.every((f) => {
          const v = field(b, f.attribute);
          if (v === undefined) throw new EbError(Codes.InvalidParameterValue, `Invalid attribute '${f.attribute}' in Filters.`);
          // LifecycleState values are lower case in the API's filter grammar.
          return matches(v, f.operator, f.attribute === 'LifecycleState' ? f.values.map((x) => x.toLowerCase()) : f.values);
        }),
      )
      .sort((a, b) => a.branch.localeCompare(b.branch));
    return {
      PlatformBranchSummaryList: hits.map((b) => ({
        PlatformName: b.platform,
        BranchName: b.branch,
        LifecycleState: b.state,
        BranchOrder: b.order,
        SupportedTierList: ['WebServer/Standard'],
      })),
    };
  }
}
