// Platform lifecycle: an environment on a deprecated or retired platform branch, or on an
// operating system past its end of support, gets one warning per run naming the date (where AWS
// publishes one) and the branch to move to. Best effort: a read that fails never fails a release.
//
// The API gives states, not dates (PlatformBranchSummary and PlatformDescription carry no
// retirement date), so the operating-system dates are AWS's published ones:
// - Amazon Linux 2: end of support 2026-06-30 (Amazon Linux 2 FAQs, aws.amazon.com/amazon-linux-2/faqs;
//   Elastic Beanstalk's AL2 → AL2023 migration guide, using-features.migration-al.generic.from-al2.html).
// - Amazon Linux AMI (AL1): end of life 2023-12-31 (EC2 User Guide, "Amazon Linux", amazon-linux-ami-basics.html).
// - Retired branches keep running existing environments for 90 days after the published
//   retirement date (Elastic Beanstalk platform support policy, platforms-support-policy.html).
import {
  DescribePlatformVersionCommand,
  ListPlatformBranchesCommand,
  type ElasticBeanstalkClient,
  type PlatformBranchSummary,
  type SearchFilter,
} from '@aws-sdk/client-elastic-beanstalk';
import { deadlineSignal } from '../aws/deadline.js';
import type { Reporter } from '../report/reporter.js';
import { errorText } from './errors.js';

interface OsEnd {
  os: string;
  /** ISO date of the end of support. */
  date: string;
  /** The operating system part of a branch name ("… running on <os>"). */
  match: RegExp;
}

export const OS_END_OF_SUPPORT: readonly OsEnd[] = [
  { os: 'Amazon Linux 2', date: '2026-06-30', match: /^64bit Amazon Linux 2$/ },
  { os: 'Amazon Linux AMI (AL1)', date: '2023-12-31', match: /^64bit Amazon Linux( 20\d\d\.\d\d)?$/ },
];

/** What the lifecycle warning is decided from (plain data, as the API answers). */
export interface PlatformFacts {
  /** "Node.js 18 running on 64bit Amazon Linux 2". */
  branch: string;
  /** supported | beta | deprecated | retired (any case). */
  state: string | undefined;
  /** Branches of the same platform ("Node.js"), to name one to move to. */
  siblings: PlatformBranchSummary[];
}

/** "… running on 64bit Amazon Linux 2" → "64bit Amazon Linux 2". */
export function osOf(branch: string): string {
  const i = branch.lastIndexOf(' running on ');
  return i < 0 ? branch : branch.slice(i + ' running on '.length);
}

/** The operating system's end of support when it has passed (pure). */
export function osPastEnd(branch: string, now: Date): OsEnd | undefined {
  const os = osOf(branch);
  return OS_END_OF_SUPPORT.find((e) => e.match.test(os) && now.getTime() >= Date.parse(`${e.date}T00:00:00Z`));
}

/** The newest supported sibling branch whose operating system is still supported (pure). */
export function branchToMoveTo(f: PlatformFacts, now: Date): string | undefined {
  return f.siblings
    .filter((b) => b.BranchName && b.BranchName !== f.branch && (b.LifecycleState ?? '').toLowerCase() === 'supported')
    .filter((b) => !osPastEnd(b.BranchName as string, now))
    .sort((a, b) => (b.BranchOrder ?? 0) - (a.BranchOrder ?? 0))[0]?.BranchName;
}

/** The one warning for this platform, or undefined when its branch and OS are supported (pure). */
export function lifecycleWarning(f: PlatformFacts, now: Date): string | undefined {
  const state = (f.state ?? '').toLowerCase();
  const stale = state === 'deprecated' || state === 'retired';
  const os = osPastEnd(f.branch, now);
  if (!stale && !os) return undefined;
  const parts: string[] = [];
  if (stale) parts.push(`Platform branch "${f.branch}" is ${state}`);
  if (os)
    parts.push(
      `${stale ? 'it runs on' : `Platform branch "${f.branch}" runs on`} ${os.os}, which reached its end of support on ${os.date}`,
    );
  let text = parts.join('; ') + '.';
  if (state === 'retired' && !os)
    text += ' Elastic Beanstalk keeps retired branches for existing environments only 90 days after the retirement date.';
  const target = branchToMoveTo(f, now);
  text += target
    ? ` Move to "${target}" (a blue/green swap is the safe way).`
    : ' Move to a supported platform branch (aws elasticbeanstalk list-platform-branches).';
  return text;
}

const MAX_PAGES = 5;
/** All lifecycle reads together; past it the warning is skipped (debug log only). */
export const READ_BOUND_MS = 15_000;

async function listBranches(
  client: ElasticBeanstalkClient,
  filters: SearchFilter[],
  signal: AbortSignal,
): Promise<PlatformBranchSummary[]> {
  const all: PlatformBranchSummary[] = [];
  let NextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await client.send(new ListPlatformBranchesCommand({ Filters: filters, NextToken }), { abortSignal: signal });
    all.push(...(out.PlatformBranchSummaryList ?? []));
    NextToken = out.NextToken;
    if (!NextToken) break;
  }
  return all;
}

/** Reads the facts: one DescribePlatformVersion; the branch lists only when a warning is due. */
export async function readPlatformFacts(
  client: ElasticBeanstalkClient,
  platformArn: string,
  now: Date,
  signal: AbortSignal,
): Promise<PlatformFacts | undefined> {
  const out = await client.send(new DescribePlatformVersionCommand({ PlatformArn: platformArn }), { abortSignal: signal });
  const d = out.PlatformDescription;
  const branch = d?.PlatformBranchName;
  if (!branch) return undefined;
  const facts: PlatformFacts = { branch, state: d.PlatformBranchLifecycleState, siblings: [] };
  if (!lifecycleWarning(facts, now)) return facts;
  const own = (await listBranches(client, [{ Attribute: 'BranchName', Operator: '=', Values: [branch] }], signal))[0];
  if (own?.LifecycleState) facts.state = own.LifecycleState;
  if (own?.PlatformName)
    facts.siblings = await listBranches(client, [{ Attribute: 'PlatformName', Operator: '=', Values: [own.PlatformName] }], signal);
  return facts;
}

/** One warning annotation when the environment's platform is deprecated, retired or on an OS past its end. */
export async function warnPlatformLifecycle(
  client: ElasticBeanstalkClient,
  environment: { EnvironmentName?: string; PlatformArn?: string } | undefined,
  report: Reporter,
  signal: AbortSignal,
  now: Date = new Date(),
): Promise<void> {
  if (!environment?.PlatformArn) return;
  try {
    // A warning is not worth holding up a release: the reads get a short bound of their own.
    const facts = await readPlatformFacts(client, environment.PlatformArn, now, deadlineSignal(signal, READ_BOUND_MS));
    const text = facts && lifecycleWarning(facts, now);
    if (text) report.warning(`${environment.EnvironmentName ?? 'The environment'}: ${text}`, { title: 'Platform lifecycle' });
  } catch (err) {
    if (signal.aborted) throw err;
    report.debug(`Could not read the platform lifecycle of ${environment.PlatformArn}: ${errorText(err)}`);
  }
}
