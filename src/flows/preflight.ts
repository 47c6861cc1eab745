// Pre-flight validation stage: read the bundle model (the same one the upload stage bundles),
// run the rules, annotate findings on the workspace files, set the `findings` output, and stop
// the release before anything is uploaded when asked to.
import { relative, join } from 'node:path';
import { Outputs } from '../constants.js';
import type { Finding } from '../types.js';
import { validateBundle, treeFromModel, type ValidateTarget } from '../validate/index.js';
import type { Reporter } from '../report/reporter.js';
import type { Annotation } from '../report/annotations.js';
import { bundleModelFor } from './bundle-model.js';
import { findingsOutput } from './findings-output.js';
import type { ComputeInputs } from '../settings/compute.js';
import { computeFindings } from './compute-preflight.js';

export class ValidationFailed extends Error {
  constructor(readonly findings: Finding[]) {
    const errors = findings.filter((f) => f.severity === 'error');
    super(
      `Pre-flight validation found ${errors.length} error${errors.length === 1 ? '' : 's'} in the bundle; nothing was uploaded. ` +
        `Fix the annotated lines, or set validate: warn to release anyway.`,
    );
    this.name = 'ValidationFailed';
  }
}

export interface PreflightResult {
  findings: Finding[];
  errors: number;
  warnings: number;
}

export interface PreflightSettings {
  /** The bundle root folder or a prebuilt archive. */
  path: string;
  workspace: string;
  target: ValidateTarget;
  include: string[];
  exclude: string[];
  restoreExecBits: boolean;
  /** ECS/Lambda inputs: their AppSpec file is checked instead of a bundle. */
  compute?: ComputeInputs;
}

/** One log line per finding (printed through the Reporter, which keeps bundle text inert). */
function logLine(f: Finding): string {
  return `- ${f.file}:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.message}`;
}

/** Annotations point at workspace-relative files; inside an archive, at the archive. */
function annotationsOf(findings: Finding[], base: string, isArchive: boolean, level: 'error' | 'warn'): Annotation[] {
  return findings.map((f) => ({
    // An error that will not stop the release (validate: warn) is shown as a warning.
    level: f.severity === 'error' && level === 'warn' ? 'warning' : f.severity,
    title: `hookline: ${f.rule}`,
    // Inside an archive the line is in the archive's file, which GitHub cannot show: annotate the archive.
    ...(isArchive
      ? { file: base, message: `${f.file}:${f.line}: ${f.message}` }
      : { file: join(base, f.file), startLine: f.line, startColumn: f.column, message: f.message }),
  }));
}

export async function preflight(s: PreflightSettings, level: 'error' | 'warn' | 'off', report: Reporter): Promise<PreflightResult> {
  if (level === 'off') {
    report.setOutput(Outputs.Findings, '[]');
    return { findings: [], errors: 0, warnings: 0 };
  }
  const compute = s.compute && s.compute.kind !== 'server' ? s.compute : undefined;
  const model = compute ? undefined : await bundleModelFor(s, s.target);
  const isArchive = model?.kind === 'archive';
  const findings = compute ? computeFindings(compute, s.workspace) : validateBundle(treeFromModel(model!), s.target);
  // Set before a failure is thrown: a later step reads it exactly when validation failed.
  report.setOutput(Outputs.Findings, findingsOutput(findings));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (findings.length === 0) report.info('Pre-flight validation: no findings.');
  else {
    await report.group(
      `Pre-flight validation: ${errors} error(s), ${warnings} warning(s), ${findings.length - errors - warnings} notice(s)`,
      async () => report.block(findings.map(logLine)),
    );
  }
  report.annotate(annotationsOf(findings, compute ? '' : relative(s.workspace, s.path), isArchive, level));
  if (level === 'error' && errors > 0) throw new ValidationFailed(findings);
  return { findings, errors, warnings };
}
