// The benchmark's results: the JSON record, the history it keeps, and the Markdown table (pure).
import { growthTable, type GrowthRow } from './cases/growth.js';
import { NOISY_LOAD, NOISY_OTHER_CORES, type CaseLoad } from './load.js';

export interface Figure {
  /** Median of the measured runs. */
  median: number;
  /** (max − min) / median. */
  spread: number;
  runs: number;
  unit: string;
}

export interface PeerFigure {
  /** What ran, e.g. "zip -r -q -6 (Info-ZIP 3.0)". */
  name: string;
  figure?: Figure;
  /** Why the peer did not run (not installed, …). */
  skipped?: string;
}

export interface CaseResult {
  id: string;
  title: string;
  hookline?: Figure;
  peer?: PeerFigure;
  /** hookline relative to the peer (or to its own reference), as the target reads it. */
  ratio?: number;
  /** What `ratio` is, e.g. "× zip's throughput". */
  ratioLabel?: string;
  target: string;
  /** true/false when measured; null when it could not be (peer missing, case skipped). */
  met: boolean | null;
  /** One line of context: what was measured and how. */
  note?: string;
  /** A count, a size or a property: the machine's load cannot disturb it, so it is always judged. */
  untimed?: boolean;
  /** How busy the machine was while the case ran (bench/load.ts). */
  load?: CaseLoad;
  /** Why the figure is noisy (then `met` is null and `indicative` holds the would-be verdict). */
  noisy?: string;
  indicative?: boolean;
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryGB: number;
  os: string;
  /** os.loadavg() when the run started and ended (1, 5, 15 min). */
  loadStart: number[];
  loadEnd: number[];
  /** Node that ran the bench (tsx) and the Node 24 the action runs under. */
  nodeBench: string;
  nodeAction: string;
}

export interface HistoryEntry {
  date: string;
  commit: string;
  scale: number;
  wallMs: number;
  /** Per case id: the ratio (or the hookline median when there is no ratio) and whether it met its target. */
  cases: Record<string, { value: number | null; met: boolean | null; noisy?: boolean }>;
}

export interface Results {
  date: string;
  commit: string;
  /** 1 = the issue's data sizes. */
  scale: number;
  wallMs: number;
  machine: Machine;
  /** What ran the hookline side of each kind of case. */
  method: Record<string, string>;
  data: { name: string; files: number; bytes: number; manifestHash: string; reused: boolean }[];
  cases: CaseResult[];
  /** "How cost grows": the CLI on trees of 1k, 10k and 100k files. */
  growth?: GrowthRow[];
  peers: Record<string, string>;
  history: HistoryEntry[];
}

export const HISTORY_LIMIT = 30;

/** The history entry that stands for one run's results. */
export function historyEntry(r: Pick<Results, 'date' | 'commit' | 'scale' | 'wallMs' | 'cases'>): HistoryEntry {
  const cases: HistoryEntry['cases'] = {};
  for (const c of r.cases) cases[c.id] = { value: c.ratio ?? c.hookline?.median ?? null, met: c.met, ...(c.noisy ? { noisy: true } : {}) };
  return { date: r.date, commit: r.commit, scale: r.scale, wallMs: r.wallMs, cases };
}

/** Previous history plus the previous run itself (once), newest first, at most HISTORY_LIMIT. */
export function mergeHistory(previous: Partial<Results> | null): HistoryEntry[] {
  if (!previous) return [];
  const past = [...(previous.history ?? [])];
  if (previous.date && previous.cases && !past.some((h) => h.date === previous.date)) {
    past.unshift(
      historyEntry({
        date: previous.date,
        commit: previous.commit ?? '',
        scale: previous.scale ?? 1,
        wallMs: previous.wallMs ?? 0,
        cases: previous.cases,
      }),
    );
  }
  return past.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, HISTORY_LIMIT);
}

/** A number for a table: 3 significant digits, no exponent, thousands unseparated. */
export function num(x: number | undefined | null): string {
  if (x === undefined || x === null || !Number.isFinite(x)) return '—';
  if (Number.isInteger(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 100) return x.toFixed(0);
  if (abs >= 10) return x.toFixed(1);
  if (abs >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

export function figure(f: Figure | undefined): string {
  if (!f) return '—';
  const spread = f.runs > 1 && f.spread > 0 ? ` ±${Math.max(1, Math.round((f.spread * 100) / 2))}%` : '';
  return `${num(f.median)} ${f.unit}${spread}`;
}

function peerCell(p: PeerFigure | undefined): string {
  if (!p) return '—';
  if (p.skipped) return `skipped: ${p.skipped}`;
  return `${figure(p.figure)} (${p.name})`;
}

export function verdict(c: Pick<CaseResult, 'met' | 'noisy' | 'indicative'>): string {
  if (c.noisy) return `〰️ noisy, no verdict (would be ${c.indicative ? 'met' : 'not met'})`;
  return c.met === true ? '✅ met' : c.met === false ? '❌ not met' : '⏭ not measured';
}

/** The 1-minute load average at the case's start, and the cores other processes used while it ran. */
export function loadCell(load: CaseLoad | undefined): string {
  if (!load) return '—';
  return `${load.start.toFixed(2)}${load.otherCores !== undefined ? ` · others ${load.otherCores.toFixed(2)}` : ''}`;
}

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderMarkdown(r: Results): string {
  const m = r.machine;
  const out: string[] = [];
  out.push('# hookline benchmark results', '');
  out.push(
    'Generated by `npm run bench` (bench/run.ts); do not edit by hand. Method and reasons: [docs/performance.md](../docs/performance.md).',
    'Re-run: `npm run bench` (every case, full size) · `npm run bench -- --quick` (smoke test, written to bench/.work/) · `npm run bench -- --only coldstart,growth` (some cases).',
    '',
  );
  out.push(`- **Date**: ${r.date} · commit \`${r.commit || 'unknown'}\``);
  out.push(`- **Machine**: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB RAM, ${m.os}`);
  out.push(
    `- **Load average** (1/5/15 min) at start ${m.loadStart.map((x) => x.toFixed(2)).join(' / ')}, at end ${m.loadEnd.map((x) => x.toFixed(2)).join(' / ')}`,
  );
  out.push(`- **Node**: bench ${m.nodeBench}, action ${m.nodeAction}`);
  out.push(
    `- **Data scale**: ${r.scale}${r.scale === 1 ? ' (the issue’s sizes)' : ' (reduced: not comparable with full runs)'} · total bench wall time **${(r.wallMs / 60000).toFixed(1)} min**`,
  );
  for (const d of r.data)
    out.push(
      `- **Tree \`${d.name}\`**: ${d.files} files, ${(d.bytes / 1e6).toFixed(0)} MB, manifest \`${d.manifestHash.slice(0, 12)}\`${d.reused ? ' (reused)' : ' (generated)'}`,
    );
  out.push(
    '- **Peers**: ' +
      Object.entries(r.peers)
        .map(([k, v]) => `${k}: ${v}`)
        .join(' · '),
  );
  out.push(
    '- **How hookline ran**: ' +
      Object.entries(r.method)
        .map(([k, v]) => `${k}: ${v}`)
        .join(' · '),
  );
  out.push(
    '',
    'Figures are medians after a warm-up; ± is half the (max − min) range relative to the median. ' +
      `**Load**: the 1-minute load average when the case started · the cores other processes kept busy while it ran. ` +
      `A timed figure taken at a load average above ${NOISY_LOAD} or while others used more than ${NOISY_OTHER_CORES} cores is **noisy**: shown, never judged.`,
    '',
  );
  out.push('| Case | hookline | Peer / reference | Ratio | Target | Load | Result |');
  out.push('|---|---|---|---|---|---|---|');
  for (const c of r.cases) {
    const ratio = c.ratio !== undefined ? `${num(c.ratio)}${c.ratioLabel ? ` ${c.ratioLabel}` : ''}` : '—';
    out.push(
      `| ${esc(c.title)} | ${esc(figure(c.hookline))} | ${esc(peerCell(c.peer))} | ${esc(ratio)} | ${esc(c.target)} | ${loadCell(c.load)} | ${verdict(c)} |`,
    );
  }
  if (r.growth?.length) {
    const load = r.cases.find((c) => c.id === 'growth-time')?.load;
    out.push(
      '',
      '## How cost grows',
      '',
      `\`node dist/cli.js bundle\` on generated trees of ≈ 4 KiB source-like files (bench/data.ts \`writeGrowthTree\`), so the bytes grow with the file count. Time should grow linearly with the bytes, peak RSS stay flat${load ? ` (load ${loadCell(load)})` : ''}.`,
      '',
      ...growthTable(r.growth),
    );
  }
  const notes = r.cases.filter((c) => c.note || c.noisy);
  if (notes.length > 0) {
    out.push('', '## Notes', '');
    for (const c of notes) out.push(`- **${c.title}**: ${[c.note, c.noisy ? `Noisy: ${c.noisy}.` : ''].filter(Boolean).join(' ')}`);
  }
  if (r.history.length > 0) {
    const current = historyEntry(r);
    const ids = [...new Set([current, ...r.history].flatMap((h) => Object.keys(h.cases)))];
    out.push(
      '',
      '## History',
      '',
      'This run first, then earlier runs (value: the ratio, or the median when a case has none; ✓ met, ✗ not met, ~ noisy).',
      '',
    );
    out.push(`| Date | Commit | Scale | Wall | ${ids.join(' | ')} |`);
    out.push(`|---|---|---|---|${ids.map(() => '---').join('|')}|`);
    for (const h of [current, ...r.history]) {
      const cells = ids.map((id) => {
        const c = h.cases[id];
        if (!c) return '';
        return `${num(c.value)}${c.met === true ? ' ✓' : c.met === false ? ' ✗' : c.noisy ? ' ~' : ''}`;
      });
      out.push(
        `| ${h.date.slice(0, 16).replace('T', ' ')} | ${h.commit.slice(0, 7)} | ${h.scale} | ${(h.wallMs / 60000).toFixed(1)} min | ${cells.join(' | ')} |`,
      );
    }
  }
  return out.join('\n') + '\n';
}
