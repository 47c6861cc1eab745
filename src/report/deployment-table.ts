// The job summary's per-instance × per-event table for a CodeDeploy deployment (pure markdown).
import type { DeploymentTarget } from '@aws-sdk/client-codedeploy';
import { tableCell } from './summary.js';

const ICON: Record<string, string> = { Succeeded: '✅', Failed: '❌', Skipped: '⏭️', InProgress: '⏳', Pending: '·', Unknown: '?' };

function seconds(start?: Date, end?: Date): string {
  if (!start || !end) return '';
  const s = (new Date(end).getTime() - new Date(start).getTime()) / 1000;
  return s >= 0 ? ` ${s < 10 ? s.toFixed(1) : Math.round(s)}s` : '';
}

const escapeCell = tableCell;

/** Rows are instances (failed first), columns the lifecycle events in the order they ran. */
export function renderTargetTable(targets: DeploymentTarget[], maxRows = 100): string {
  const rows = targets
    .map((t) => t.instanceTarget ?? t.lambdaTarget ?? t.ecsTarget)
    .filter((t): t is NonNullable<typeof t> => t !== undefined)
    .sort((a, b) => Number(b.status === 'Failed') - Number(a.status === 'Failed') || String(a.targetId).localeCompare(String(b.targetId)));
  if (rows.length === 0) return '';
  const events: string[] = [];
  for (const t of rows)
    for (const e of t.lifecycleEvents ?? [])
      if (e.lifecycleEventName && !events.includes(e.lifecycleEventName)) events.push(e.lifecycleEventName);
  const labelled = targets.some((t) => t.instanceTarget?.instanceLabel);
  // ECS services and Lambda aliases are targets, not instances.
  const head = [targets.some((t) => t.instanceTarget) ? 'Instance' : 'Target', ...(labelled ? ['Role'] : []), 'Status', ...events];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const t of rows.slice(0, maxRows)) {
    const byName = new Map((t.lifecycleEvents ?? []).map((e) => [e.lifecycleEventName, e]));
    const label =
      'instanceLabel' in t && t.instanceLabel ? [t.instanceLabel === 'Green' ? 'replacement' : 'original'] : labelled ? [''] : [];
    const cells = events.map((name) => {
      const e = byName.get(name);
      return e ? `${ICON[e.status ?? 'Unknown'] ?? e.status}${seconds(e.startTime, e.endTime)}` : '';
    });
    lines.push(
      `| ${escapeCell(t.targetId ?? '?')} | ${[...label, `${ICON[t.status ?? 'Unknown'] ?? ''} ${t.status ?? ''}`, ...cells].join(' | ')} |`,
    );
  }
  if (rows.length > maxRows) lines.push(`\n_${rows.length - maxRows} more instances not shown._`);
  return lines.join('\n');
}
