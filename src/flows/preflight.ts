// Pre-flight validation stage: read the bundle tree, run the rules, annotate findings on the
// workspace files, and stop the release before anything is uploaded when asked to.
import { statSync } from 'node:fs';
import { relative, join } from 'node:path';
import type { Finding } from '../types.js';
import { validateBundle, treeFromDirectory, treeFromArchive, type ValidateTarget } from '../validate/index.js';
import type { Annotation } from '../report/annotations.js';
import type { Reporter } from '../report/reporter.js';

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

/** `path` is a folder or an archive; annotations point at workspace-relative files. */
export async function preflight(
  path: string,
  workspace: string,
  target: ValidateTarget,
  level: 'error' | 'warn' | 'off',
  report: Reporter,
): Promise<PreflightResult> {
  if (level === 'off') return { findings: [], errors: 0, warnings: 0 };
  const isArchive = statSync(path).isFile();
  const tree = isArchive ? await treeFromArchive(path) : await treeFromDirectory(path);
  const findings = validateBundle(tree, target);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const base = relative(workspace, path);
  const annotations: Annotation[] = findings.map((f) => ({
    // An error that will not stop the release (validate: warn) is shown as a warning.
    level: f.severity === 'error' && level === 'warn' ? 'warning' : f.severity,
    title: `hookline: ${f.rule}`,
    // Inside an archive the line is in the archive's file, which GitHub cannot show: annotate the archive.
    ...(isArchive
      ? { file: base, message: `${f.file}:${f.line}: ${f.message}` }
      : { file: join(base, f.file), startLine: f.line, startColumn: f.column, message: f.message }),
  }));
  report.info(
    findings.length === 0
      ? 'Pre-flight validation: no findings.'
      : `Pre-flight validation: ${errors} error(s), ${warnings} warning(s), ${findings.length - errors - warnings} notice(s).`,
  );
  report.annotate(annotations);
  if (level === 'error' && errors > 0) throw new ValidationFailed(findings);
  return { findings, errors, warnings };
}
