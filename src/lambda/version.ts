// The versions a Lambda deployment shifts between: the alias's current one, and the target —
// given, or published now from the function's current code ($LATEST).
import { GetAliasCommand, PublishVersionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { ReleaseError } from '../codedeploy/release.js';
import { errorText } from '../errors.js';

export interface AliasVersions {
  current: string;
  target: string;
  /** The target was published by this run. */
  published: boolean;
}

export async function aliasVersions(
  lambda: LambdaClient,
  functionName: string,
  alias: string,
  version: string | undefined,
  description: string,
  signal?: AbortSignal,
): Promise<AliasVersions> {
  let current: string | undefined;
  try {
    const a = await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: alias }), { abortSignal: signal });
    current = a.FunctionVersion;
    if (a.RoutingConfig?.AdditionalVersionWeights && Object.keys(a.RoutingConfig.AdditionalVersionWeights).length) {
      throw new ReleaseError(
        `Alias ${functionName}:${alias} already splits traffic (${JSON.stringify(a.RoutingConfig.AdditionalVersionWeights)}): another deployment is shifting it, or one was left half-way. Finish or undo it first.`,
      );
    }
  } catch (err) {
    if (err instanceof ReleaseError) throw err;
    throw new ReleaseError(`Could not read alias ${alias} of Lambda function ${functionName}: ${errorText(err)}`);
  }
  if (!current || current === '$LATEST') {
    throw new ReleaseError(
      `Alias ${functionName}:${alias} points at ${current ?? 'nothing'}; CodeDeploy shifts traffic between published versions only.`,
    );
  }
  if (version) return { current, target: version, published: false };
  try {
    const out = await lambda.send(new PublishVersionCommand({ FunctionName: functionName, Description: description.slice(0, 256) }), {
      abortSignal: signal,
    });
    if (!out.Version) throw new Error('PublishVersion returned no version');
    return { current, target: out.Version, published: true };
  } catch (err) {
    throw new ReleaseError(`Could not publish a version of Lambda function ${functionName}: ${errorText(err)}`);
  }
}
