// Before anything is uploaded: the bundle's option_settings checked against the options the
// target environment's platform defines (DescribeConfigurationOptions), so an unknown option or a
// refused value is an annotation on its line instead of a failed environment update.
import { join, relative } from 'node:path';
import { DescribeConfigurationOptionsCommand, type ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import type { Annotation } from '../report/annotations.js';
import type { Reporter } from '../report/reporter.js';
import { bundleOptionSettings, checkOptionsAgainstPlatform } from '../validate/eb-options.js';
import { treeFromModel } from '../validate/index.js';
import { TreeIndex } from '../validate/paths.js';
import { bundleModelFor } from './bundle-model.js';
import { ValidationFailed } from './preflight.js';

export interface OptionsCheckSettings {
  path: string;
  workspace: string;
  include: string[];
  exclude: string[];
  restoreExecBits: boolean;
  application: string;
  validate: 'error' | 'warn' | 'off';
}

export async function checkPlatformOptions(
  client: ElasticBeanstalkClient,
  s: OptionsCheckSettings,
  environment: string,
  signal: AbortSignal,
  report: Reporter,
): Promise<void> {
  if (s.validate === 'off') return;
  // The same model pre-flight validated and the upload bundles (.ebignore applied).
  const model = await bundleModelFor(s, 'beanstalk');
  const archive = model.kind === 'archive';
  const tree = treeFromModel(model);
  const settings = bundleOptionSettings(new TreeIndex(tree), /\.war$/i.test(s.path));
  if (settings.length === 0) return;
  let options;
  try {
    const out = await client.send(
      new DescribeConfigurationOptionsCommand({ ApplicationName: s.application, EnvironmentName: environment }),
      {
        abortSignal: signal,
      },
    );
    options = out.Options ?? [];
  } catch (err) {
    if (signal.aborted) throw err;
    report.warning(
      `Could not read the configuration options of ${environment} (${err instanceof Error ? err.message : String(err)}); option_settings were not checked against its platform.`,
      { title: 'Option settings not checked' },
    );
    return;
  }
  const findings = checkOptionsAgainstPlatform(settings, options, environment);
  const errors = findings.filter((f) => f.severity === 'error').length;
  report.info(`Checked ${settings.length} option setting(s) against the platform of ${environment}: ${errors} error(s).`);
  if (findings.length === 0) return;
  const base = relative(s.workspace, s.path);
  report.annotate(
    findings.map((f): Annotation => ({
      level: f.severity === 'error' && s.validate === 'warn' ? 'warning' : f.severity,
      title: `hookline: ${f.rule}`,
      ...(archive
        ? { file: base, message: `${f.file}:${f.line}: ${f.message}` }
        : { file: join(base, f.file), startLine: f.line, startColumn: f.column, message: f.message }),
    })),
  );
  if (s.validate === 'error' && errors > 0) throw new ValidationFailed(findings);
}
