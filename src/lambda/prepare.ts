// Lambda: find the alias's current version, publish (or take) the target version, and write the
// AppSpec that shifts the alias from one to the other.
import { Outputs } from '../constants.js';
import { createClient } from '../aws/clients.js';
import type { LambdaInputs } from '../settings/compute.js';
import { appspecInputError, readUserAppSpec, type PreparedAppSpec } from '../compute/prepared.js';
import type { Reporter } from '../report/reporter.js';
import { fillLambdaAppSpec, writeLambdaAppSpec } from './appspec.js';
import { aliasVersions } from './version.js';

export async function prepareLambda(
  inputs: LambdaInputs,
  region: string,
  workspace: string,
  description: string,
  report: Reporter,
  signal: AbortSignal,
): Promise<PreparedAppSpec> {
  const lambda = await createClient('lambda', { region });
  const v = await aliasVersions(lambda, inputs.functionName, inputs.alias, inputs.version, description, signal);
  report.setOutput(Outputs.FunctionVersion, v.target);
  report.info(
    `${v.published ? `Published version ${v.target} of ${inputs.functionName}` : `Shifting to version ${v.target}`}; alias ${inputs.alias} is on version ${v.current}.`,
  );
  const shift = { functionName: inputs.functionName, alias: inputs.alias, current: v.current, target: v.target };
  const what = `\`${inputs.functionName}:${inputs.alias}\` version ${v.current} → ${v.target}${v.published ? ' (published by this run)' : ''}`;
  if (!inputs.appspec) return { content: writeLambdaAppSpec(shift), file: null, hooks: [], what };
  const user = readUserAppSpec(inputs.appspec, workspace);
  try {
    return { content: fillLambdaAppSpec(user.text, user.shown, shift), file: user.shown, hooks: user.hooks, what };
  } catch (err) {
    throw appspecInputError(err);
  }
}
