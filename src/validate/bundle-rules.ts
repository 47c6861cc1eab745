// Findings about the bundle itself rather than a configuration file: what the walk or the archive
// read found that cannot ship, and hook scripts the ignore rules leave out.
import type { Finding } from '../types.js';
import { locateAppspec } from './appspec.js';
import { hookEvents, locationInBundle, readAppspec } from './appspec-reader.js';
import type { TreeIndex } from './paths.js';
import { finding } from './source.js';

/** One error per problem, on the path it names (line 1: a name or a link has no line). */
export function problemFindings(index: TreeIndex): Finding[] {
  return (index.tree.problems ?? []).map((p) => finding(p.path, { line: 1, column: 1 }, 'error', `bundle/${p.kind}`, p.message));
}

/** The archive read stopped at a limit (or it is not an archive): rules would judge a partial tree. */
export function isIncomplete(index: TreeIndex): boolean {
  return (index.tree.problems ?? []).some((p) => p.incomplete);
}

function describe(ex: NonNullable<ReturnType<NonNullable<TreeIndex['tree']['excluded']>>>): string {
  const via = ex.via ? ` (its folder ${ex.via} is left out)` : '';
  if (ex.by === '.git') return `it is inside .git, which is never bundled${via}`;
  if (ex.by === 'include') return `it matches none of the \`include\` globs (${ex.pattern ?? ''})`;
  if (ex.by === 'exclude') return `the \`exclude\` glob \`${ex.pattern ?? ''}\` leaves it out${via}`;
  return `${ex.by} line ${ex.line ?? '?'} (\`${ex.pattern ?? ''}\`) leaves it out${via}`;
}

function remedy(ex: NonNullable<ReturnType<NonNullable<TreeIndex['tree']['excluded']>>>, path: string): string {
  if (ex.by === '.git') return 'Move the script out of .git.';
  if (ex.by === 'include') return `Add it to \`include\`.`;
  if (ex.by === 'exclude') return `Narrow the \`exclude\` glob so it keeps ${path}.`;
  return `Remove that line, or add \`!${ex.via ?? path}\` after it in ${ex.by}${ex.via ? ` (then \`!${path}\`)` : ''}.`;
}

/**
 * A hook script that exists in the folder but that the ignore rules leave out of the bundle:
 * the agent fails with ScriptMissing on every instance. Replaces the generic "not in the bundle"
 * finding on the same line, which cannot say why.
 */
export function excludedHookScripts(index: TreeIndex, findings: Finding[]): Finding[] {
  const excluded = index.tree.excluded;
  if (!excluded) return findings;
  const placed = locateAppspec(index, false);
  const text = placed.appspec ? index.read(placed.appspec) : undefined;
  if (!placed.appspec || text === undefined) return findings;
  const { source } = readAppspec(placed.appspec, text);
  if (!source) return findings;
  const file = placed.appspec;
  const added: Finding[] = [];
  for (const ev of hookEvents(source)) {
    for (const s of ev.scripts) {
      const p = locationInBundle(s.location, placed.root);
      if (!p || index.exists(p)) continue;
      const ex = excluded(p);
      if (!ex) continue;
      added.push(
        finding(
          file,
          s,
          'error',
          'bundle/hook-excluded',
          `Script '${s.location}' of ${ev.event} in ${file} is in the folder but not in the bundle: ${describe(ex)}. The agent fails with ScriptMissing on every instance. ${remedy(ex, p)}`,
        ),
      );
    }
  }
  if (added.length === 0) return findings;
  const lines = new Set(added.map((f) => f.line));
  const kept = findings.filter((f) => !(f.rule === 'appspec/hook-location-missing' && f.file === file && lines.has(f.line)));
  return [...kept, ...added];
}
