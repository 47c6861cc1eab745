// The one writer of everything a run shows: log lines, groups, annotations, outputs, state and the
// job summary. One Reporter per step (created in run() and in the post step) and passed down, so
// no text reaches stdout without passing here. Text hookline did not write is data: a single line
// is cleaned and, when the runner would read it as a command, printed inside a stop-commands
// block; a block of foreign lines is always wrapped in one. The annotation budget is per step, so
// it lives here too.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import * as runner from '../runner-io.js';
import type { Diagnosis } from '../types.js';
import { DOCS_BASE_URL } from '../constants.js';
import {
  diagnosisToAnnotation,
  groupAnnotations,
  keyOf,
  omittedNotice,
  DEFAULT_BUDGET,
  type Annotation,
  type AnnotationBudget,
} from './annotations.js';
import { renderDiagnosesMarkdown } from './summary.js';
import { cleanText, oneLine, wouldRunCommand } from './sanitize.js';
import { JobSummary } from './job-summary.js';

/** Where a Reporter writes; the runner's files and stdout by default, a recorder in tests. */
export interface ReportSink {
  /** Raw stdout text (the Reporter adds the line ends). */
  write(text: string): void;
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  setSecret(value: string): void;
  /** Appends markdown to the job summary file. */
  appendSummary(markdown: string): Promise<void>;
  /** Marks the step failed (its exit code), as core.setFailed does. */
  markFailed(): void;
}

const stdout = (text: string) => void process.stdout.write(text);

export const coreSink: ReportSink = {
  write: stdout,
  setOutput: (name, value) => runner.setOutput(name, value, stdout),
  saveState: (name, value) => runner.saveState(name, value, stdout),
  setSecret: (value) => runner.setSecret(value, stdout),
  appendSummary: (markdown) => runner.appendSummary(markdown),
  markFailed: () => void (process.exitCode = 1),
};

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** A whole line in red, yellow or grey (SGR 31, 33, 90) and reset. */
const TONE = /^(\u001b\[(?:31|33|90)m)([\s\S]*)\u001b\[0m$/;

// The runner's escaping for command data and property values (actions/toolkit command.ts).
const { escapeData, escapeProperty } = runner;

export class Reporter {
  private readonly used = { error: 0, warning: 0, notice: 0, total: 0 };
  private readonly emitted = new Set<string>();
  private readonly left: Annotation[] = [];
  private finished = false;
  /** The job summary; flows add to it and write it, finish() writes what is left. */
  readonly summary: JobSummary;
  private readonly diagnosesSeen: Diagnosis[] = [];

  /**
   * `reserveErrors` keeps error annotations back for the run's own failure line, which must
   * show even when diagnoses used the rest of the budget.
   */
  constructor(
    private readonly sink: ReportSink = coreSink,
    private readonly budget: AnnotationBudget = DEFAULT_BUDGET,
    private readonly reserveErrors = 1,
  ) {
    this.summary = new JobSummary((markdown) => this.sink.appendSummary(markdown));
  }

  // ── log ──────────────────────────────────────────────────────────────────────────────────────

  /** One log line; foreign values inside it are made inert (no command, no escape, no line break). */
  info(text: string): void {
    // hookline colours whole lines (Beanstalk events by severity): that colour is kept, every
    // escape sequence inside the line is removed.
    const tone = TONE.exec(text);
    const inner = oneLine(tone ? (tone[2] as string) : text);
    const line = tone ? `${tone[1]}${inner}\u001b[0m` : inner;
    if (wouldRunCommand(line)) this.shielded([line]);
    else this.sink.write(`${line}\n`);
  }

  /** Lines written by someone else (hook output, tail logs, events): printed as they are, never executed. */
  block(lines: readonly string[] | string): void {
    const all = (typeof lines === 'string' ? [lines] : [...lines]).flatMap((l) => cleanText(l).split('\n'));
    if (all.length === 0) return;
    this.shielded(all);
  }

  debug(text: string): void {
    this.command('debug', {}, cleanText(text));
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.command('group', {}, oneLine(title));
    try {
      return await fn();
    } finally {
      this.command('endgroup', {}, '');
    }
  }

  /** `info` as a function value, for the stages that take a `log` callback. */
  readonly log = (text: string): void => this.info(text);

  // ── annotations ──────────────────────────────────────────────────────────────────────────────

  error(message: string, props: AnnotationProps = {}): void {
    this.annotate([{ level: 'error', message, title: props.title ?? '', ...location(props) }]);
  }
  warning(message: string, props: AnnotationProps = {}): void {
    this.annotate([{ level: 'warning', message, title: props.title ?? '', ...location(props) }]);
  }
  notice(message: string, props: AnnotationProps = {}): void {
    this.annotate([{ level: 'notice', message, title: props.title ?? '', ...location(props) }]);
  }

  /** The run's failure: one error annotation that the budget always has room for. */
  fail(message: string): void {
    this.emit({ level: 'error', message, title: '' });
    this.sink.markFailed();
  }

  /**
   * Emits what fits in what is left of the step's budget, most useful first (the caller's order);
   * identical annotations are grouped, also across calls. What does not fit is counted and
   * announced once by `finish()`, in a notice slot kept for it.
   */
  annotate(items: Annotation[]): void {
    for (const a of groupAnnotations(items)) {
      const key = keyOf(a);
      if (this.emitted.has(key)) continue;
      if (!this.fits(a.level)) {
        this.left.push(a);
        continue;
      }
      this.emitted.add(key);
      this.used[a.level]++;
      this.used.total++;
      this.emit(a);
    }
  }

  /** Annotations left out of the budget so far (the summary says where they are). */
  get omitted(): number {
    return this.left.length;
  }

  /** Ends the step's reporting: one notice counts what the budget left out; the summary is written. */
  async finish(): Promise<void> {
    if (this.left.length && !this.finished) this.emit(omittedNotice(this.left));
    this.finished = true;
    await this.summary.write();
  }

  private fits(level: Annotation['level']): boolean {
    // Kept back: errors for the run's failure line, one notice (and one slot) for finish().
    const reserved = { error: this.reserveErrors, warning: 0, notice: 1 };
    return this.used[level] < this.budget[level] - reserved[level] && this.used.total < this.budget.total - this.reserveErrors - 1;
  }

  /**
   * Diagnoses go three ways: annotations (budgeted, on the responsible line), the job summary
   * (every diagnosis with its evidence), and the log (full evidence in collapsed groups).
   * `annotationRoot` is the bundle root relative to the workspace, so file paths land in the repo.
   */
  diagnoses(diagnoses: Diagnosis[], annotationRoot: string | null, summary: JobSummary = this.summary): void {
    this.diagnosesSeen.push(...diagnoses);
    for (const d of diagnoses) {
      const n = d.instances.length;
      this.command('group', {}, oneLine(`Diagnosis: ${d.title}${n ? ` (${n} instance${n > 1 ? 's' : ''})` : ''}`));
      this.info(d.message);
      this.block(d.evidence.map((line) => `  ${line}`));
      if (n) this.info(`Instances: ${d.instances.join(', ')}`);
      this.info(`Fix: ${d.fix}`);
      this.command('endgroup', {}, '');
    }
    this.annotate(
      diagnoses.map((d) => {
        const a = diagnosisToAnnotation(d, DOCS_BASE_URL);
        if (!a.file) return a;
        // Inside a prebuilt archive a file cannot be annotated: keep the text, drop the location.
        if (annotationRoot === null)
          return { ...a, file: undefined, startLine: undefined, message: `${d.file}${d.line ? `:${d.line}` : ''}: ${a.message}` };
        return { ...a, file: join(annotationRoot, a.file) };
      }),
    );
    if (diagnoses.length) summary.addRaw(renderDiagnosesMarkdown(diagnoses) + '\n\n');
  }

  /** Every diagnosis this run reported so far, in order (the sticky PR comment repeats them). */
  get reported(): readonly Diagnosis[] {
    return this.diagnosesSeen;
  }

  // ── outputs, state, summary ──────────────────────────────────────────────────────────────────

  setOutput(name: string, value: string): void {
    this.sink.setOutput(name, value);
  }
  saveState(name: string, value: string): void {
    this.sink.saveState(name, value);
  }
  setSecret(value: string): void {
    this.sink.setSecret(value);
  }

  // ── workflow commands ────────────────────────────────────────────────────────────────────────

  private emit(a: Annotation): void {
    const props: Record<string, string | number> = {};
    if (a.title) props.title = oneLine(a.title);
    if (a.file) props.file = oneLine(a.file);
    if (a.startLine) props.line = a.startLine;
    if (a.startColumn && a.startLine) props.col = a.startColumn;
    this.command(a.level, props, cleanText(a.message));
  }

  private command(name: string, props: Record<string, string | number>, data: string): void {
    const p = Object.entries(props)
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
      .join(',');
    this.sink.write(`::${name}${p ? ` ${p}` : ''}::${escapeData(data)}\n`);
  }

  /** Lines between `::stop-commands::TOKEN` and `::TOKEN::`: the runner shows them and runs none. */
  private shielded(lines: string[]): void {
    // A fresh token each time: the text inside cannot know it, so it cannot end the block.
    const token = `hookline-${randomBytes(16).toString('hex')}`;
    this.sink.write(`::stop-commands::${token}\n${lines.join('\n')}\n::${token}::\n`);
  }
}

function location(p: AnnotationProps): Pick<Annotation, 'file' | 'startLine' | 'startColumn'> {
  return { file: p.file, startLine: p.startLine, startColumn: p.startColumn };
}
