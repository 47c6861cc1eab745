// The only place that turns planned annotations and diagnoses into workflow commands.
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Diagnosis } from '../types.js';
import { DOCS_BASE_URL } from '../constants.js';
import { planAnnotations, diagnosisToAnnotation, type Annotation } from './annotations.js';
import { renderDiagnosesMarkdown } from './summary.js';

/** Emits within GitHub's per-step budget; the planner adds the "N more in the summary" notice. */
export function emitAnnotations(items: Annotation[]): void {
  const { shown } = planAnnotations(items);
  for (const a of shown) {
    const props: core.AnnotationProperties = { title: a.title };
    if (a.file) props.file = a.file;
    if (a.startLine) props.startLine = a.startLine;
    if (a.startColumn && a.startLine) props.startColumn = a.startColumn;
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}

const reported: Diagnosis[] = [];

/** Every diagnosis this run reported so far, in order (the sticky PR comment repeats them). */
export function reportedDiagnoses(): readonly Diagnosis[] {
  return reported;
}

/**
 * Diagnoses go three ways: annotations (budgeted, on the responsible line), the job summary
 * (every diagnosis with its evidence), and the log (full evidence in collapsed groups).
 * `annotationRoot` is the bundle root relative to the workspace, so file paths land in the repo.
 */
export function reportDiagnoses(diagnoses: Diagnosis[], annotationRoot: string | null, summary: typeof core.summary): void {
  reported.push(...diagnoses);
  for (const d of diagnoses) {
    core.startGroup(
      `Diagnosis: ${d.title}${d.instances.length ? ` (${d.instances.length} instance${d.instances.length > 1 ? 's' : ''})` : ''}`,
    );
    core.info(d.message);
    for (const line of d.evidence) core.info(`  ${line}`);
    if (d.instances.length) core.info(`Instances: ${d.instances.join(', ')}`);
    core.info(`Fix: ${d.fix}`);
    core.endGroup();
  }
  emitAnnotations(
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
