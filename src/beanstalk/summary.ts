// Job summary pieces for a Beanstalk release: the event timeline and per-instance health (pure).
import type { EventDescription } from '@aws-sdk/client-elastic-beanstalk';
import type { InstanceRow } from './watch.js';
import { tableCell } from '../report/summary.js';

const ICON: Record<string, string> = { ERROR: '🔴', FATAL: '🔴', WARN: '🟡', INFO: '⚪', DEBUG: '·', TRACE: '·' };
const COLOR_ICON: Record<string, string> = { Green: '🟢', Yellow: '🟡', Red: '🔴', Grey: '⚪' };
const TIMELINE_LIMIT = 60;

/** Event and cause text is Beanstalk's (or an instance's): escaped like all foreign text. */
function cell(s: string): string {
  return tableCell(s.slice(0, 400));
}

export function renderTimeline(events: EventDescription[]): string {
  if (events.length === 0) return '';
  const shown = events.length > TIMELINE_LIMIT ? [...events.slice(0, 10), ...events.slice(-(TIMELINE_LIMIT - 10))] : events;
  const rows = shown.map(
    (e) =>
      `| ${e.EventDate ? e.EventDate.toISOString().slice(11, 19) : ''} | ${ICON[e.Severity ?? 'INFO'] ?? ''} ${e.Severity ?? ''} | ${cell(e.Message ?? '')} |`,
  );
  if (shown.length < events.length) rows.splice(10, 0, `| | | … ${events.length - shown.length} more events (see the log) |`);
  return [
    '<details open><summary>Event timeline</summary>',
    '',
    '| Time (UTC) | Severity | Event |',
    '|---|---|---|',
    ...rows,
    '',
    '</details>',
  ].join('\n');
}

export function renderInstances(rows: InstanceRow[] | undefined, label: string): string {
  if (!rows || rows.length === 0) return '';
  const lines = rows.map(
    (r) =>
      `| ${cell(r.id)} | ${COLOR_ICON[r.color ?? ''] ?? ''} ${r.color ?? ''}${r.healthStatus ? ` (${cell(r.healthStatus)})` : ''} | ${cell(r.version ?? '')}${r.version && r.version !== label ? ' ⚠️' : ''} | ${cell(r.causes.join('; '))} |`,
  );
  return ['| Instance | Health | Version | Causes |', '|---|---|---|---|', ...lines].join('\n');
}
