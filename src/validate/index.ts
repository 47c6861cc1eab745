// Pre-flight validation: AppSpec, .ebextensions, .platform hooks and Procfile checked against the
// bundle tree, before anything is uploaded. Every rule is a pure function of the tree; the tree
// builders (a view of the bundle model) are the only I/O.
import type { Finding, Severity } from '../types.js';
import { locateAppspec, validateAppspec, APPSPEC_NAMES } from './appspec.js';
import { authenticationNames, locateConfigs, parseConfigs, validateConfig } from './ebextensions.js';
import { collectOptionSettings, offlineOptionsNotice } from './eb-options.js';
import { TreeIndex } from './paths.js';
import { checkHttpSnippet } from './nginx.js';
import { validatePlatformHooks } from './platform-hooks.js';
import { validateProcfile } from './procfile.js';
import type { BundleTree } from './tree.js';
import { excludedHookScripts, isIncomplete, problemFindings } from './bundle-rules.js';

export type { BundleTree, BundleEntry, EntryType, MemoryFile, TreeOptions } from './tree.js';
export { treeFromArchive, treeFromDirectory, treeFromFiles, treeFromModel, openBundleModel, archiveKind } from './tree.js';

export type ValidateTarget = 'codedeploy' | 'beanstalk' | 'auto';

export interface ValidateOptions {
  /** The tree is a .war (hints say where .ebextensions belongs in one); default: from tree.archive. */
  war?: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule),
  );
}

function hasBeanstalkFiles(index: TreeIndex): boolean {
  for (const p of index.tree.entries.keys()) {
    if (p === 'Procfile' || p === 'Buildfile' || p === '.ebextensions' || p === '.platform') return true;
    if (/(^|\/)\.ebextensions(\/|$)/.test(p) && !/node_modules\//.test(p)) return true;
  }
  return false;
}

function hasAppspec(index: TreeIndex): boolean {
  for (const p of index.tree.entries.keys()) {
    const parts = p.split('/');
    // Root or one folder down (where the agent looks); deeper ones matter only for target codedeploy.
    if (parts.length <= 2 && (APPSPEC_NAMES as readonly string[]).includes(parts[parts.length - 1] as string)) return true;
  }
  return false;
}

export function validateCodeDeploy(index: TreeIndex, required: boolean): Finding[] {
  const placed = locateAppspec(index, required);
  const out = [...placed.findings];
  if (placed.appspec) out.push(...validateAppspec(index, placed.appspec, placed.root));
  return out;
}

export function validateBeanstalk(index: TreeIndex, options: ValidateOptions = {}): Finding[] {
  const { configs, findings } = locateConfigs(index, options.war ?? /\.war$/i.test(index.tree.archive ?? ''));
  const out = [...findings];
  const parsed = parseConfigs(index, configs);
  const auth = new Set<string>();
  for (const { source } of parsed.values()) if (source) for (const n of authenticationNames(source)) auth.add(n);
  for (const { source, findings: syntax } of parsed.values()) {
    out.push(...syntax);
    if (source) out.push(...validateConfig(source, auth));
  }
  out.push(...offlineOptionsNotice([...parsed.values()].flatMap(({ source }) => (source ? collectOptionSettings(source) : []))));
  out.push(...validatePlatformHooks(index));
  for (const p of index.files()) {
    if (!/^(\.platform|\.ebextensions)\/nginx\/conf\.d\/[^/]+\.conf$/.test(p)) continue;
    const text = index.read(p);
    if (text !== undefined) out.push(...checkHttpSnippet(p, text, p, 'nginx/context'));
  }
  for (const f of ['Procfile', 'Buildfile']) {
    const text = index.isFile(f) ? index.read(f) : undefined;
    if (text !== undefined) out.push(...validateProcfile(f, text));
  }
  return out;
}

/**
 * Validate a bundle for CodeDeploy, Elastic Beanstalk, or whatever it holds ('auto': AppSpec
 * rules when an appspec file is present, Beanstalk rules when .ebextensions/.platform/Procfile
 * are). Findings are sorted: errors first, then by file, line and column.
 */
export function validateBundle(tree: BundleTree, target: ValidateTarget, options: ValidateOptions = {}): Finding[] {
  const index = new TreeIndex(tree);
  const problems = problemFindings(index);
  // A partial listing (an archive read stopped at a limit) would only add noise to the one error.
  if (isIncomplete(index)) return sortFindings(problems);
  let out: Finding[] = [...problems];
  if (target === 'codedeploy' || (target === 'auto' && hasAppspec(index))) {
    out.push(...validateCodeDeploy(index, target === 'codedeploy'));
    out = excludedHookScripts(index, out);
  }
  if (target === 'beanstalk' || (target === 'auto' && hasBeanstalkFiles(index))) {
    out.push(...validateBeanstalk(index, options));
  }
  return sortFindings(out);
}
