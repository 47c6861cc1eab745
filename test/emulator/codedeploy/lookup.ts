// Input checks shared by the operations: required names resolved against the state (throwing the
// modeled errors), the S3 revision shape, and List* paging.
import { cdErr } from './errors.js';
import { groupKey, type CodeDeployState, type DeploymentState, type GroupState, type S3Revision } from './model.js';

type Input = Record<string, unknown>;

const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;

/** A non-empty string, or undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function requireAppName(input: Input): string {
  const name = str(input.applicationName);
  if (!name) throw cdErr('ApplicationNameRequiredException', 'The minimum length of the application name is 1 character.');
  return name;
}

export function requireGroupName(input: Input): string {
  const name = str(input.deploymentGroupName);
  if (!name) throw cdErr('DeploymentGroupNameRequiredException', 'The minimum length of the deployment group name is 1 character.');
  if (name.length > 100)
    throw cdErr(
      'InvalidDeploymentGroupNameException',
      `The deployment group name ${name} is too long: the maximum length is 100 characters.`,
    );
  return name;
}

/** The application named in the input, which must exist. */
export function app(state: CodeDeployState, input: Input): string {
  const name = requireAppName(input);
  if (!state.applications.has(name)) throw cdErr('ApplicationDoesNotExistException', `No application found for name: ${name}`);
  return name;
}

/** The deployment group named in the input, which must exist in the application. */
export function group(state: CodeDeployState, appName: string, input: Input): GroupState {
  const name = str(input.deploymentGroupName);
  if (!name) throw cdErr('DeploymentGroupNameRequiredException', 'The minimum length of the deployment group name is 1 character.');
  const g = state.groups.get(groupKey(appName, name));
  if (!g) throw cdErr('DeploymentGroupDoesNotExistException', `No Deployment Group found for name: ${name}`);
  return g;
}

export function deployment(state: CodeDeployState, input: Input): DeploymentState {
  const id = str(input.deploymentId);
  if (!id) throw cdErr('DeploymentIdRequiredException', 'A deployment ID must be specified.');
  if (!DEPLOYMENT_ID.test(id)) throw cdErr('InvalidDeploymentIdException', `Specified DeploymentId is not in the valid format: ${id}`);
  const d = state.deployments.get(id);
  if (!d) throw cdErr('DeploymentDoesNotExistException', `The deployment ${id} could not be found.`);
  return d;
}

/** The input's `revision`: only S3 revisions of an EC2/On-premises bundle type are modeled. */
export function revision(input: Input): S3Revision {
  const r = input.revision as Input | undefined;
  if (!r || typeof r !== 'object') throw cdErr('RevisionRequiredException', 'A revision must be specified.');
  const type = r.revisionType;
  if (type !== 'S3')
    throw cdErr(
      'InvalidRevisionException',
      type === undefined
        ? 'Revision type must be specified.'
        : `Revision type ${String(type)} is not supported for the Server compute platform in this emulator; use S3.`,
    );
  const s3 = (r.s3Location ?? {}) as Input;
  const bucket = str(s3.bucket);
  const key = str(s3.key);
  if (!bucket) throw cdErr('InvalidRevisionException', 'The S3 bucket must be specified.');
  if (!key) throw cdErr('InvalidRevisionException', 'The S3 key must be specified.');
  const bundleType = s3.bundleType;
  if (bundleType !== 'zip' && bundleType !== 'tar' && bundleType !== 'tgz') {
    throw cdErr(
      'InvalidRevisionException',
      bundleType === undefined
        ? 'The bundle type must be specified.'
        : `Bundle type ${String(bundleType)} is not valid for an EC2/On-premises deployment; use zip, tar or tgz.`,
    );
  }
  return {
    bucket,
    key,
    bundleType,
    ...(str(s3.version) ? { version: s3.version as string } : {}),
    ...(str(s3.eTag) ? { eTag: s3.eTag as string } : {}),
  };
}

export function description(input: Input): string | undefined {
  const d = input.description === undefined ? undefined : String(input.description);
  if (d && d.length > 256) throw cdErr('DescriptionTooLongException', 'The description is too long.');
  return d;
}

const token = (offset: number): string => Buffer.from(JSON.stringify({ o: offset })).toString('base64');
function untoken(t: unknown): number {
  if (t === undefined || t === null) return 0;
  try {
    const o = JSON.parse(Buffer.from(String(t), 'base64').toString('utf8')) as { o?: unknown };
    if (typeof o.o === 'number' && o.o >= 0) return o.o;
  } catch {
    /* fall through */
  }
  throw cdErr('InvalidNextTokenException', 'The next token was specified in an invalid format.');
}

/** One page of a List* answer, under `key`, with nextToken while more remain. */
export function paged<T>(key: string, items: T[], input: Input, size: number): Record<string, unknown> {
  const from = untoken(input.nextToken);
  const slice = items.slice(from, from + size);
  return { [key]: slice, ...(from + size < items.length ? { nextToken: token(from + size) } : {}) };
}

/** A list of names or ids a BatchGet* takes: non-empty, at most `max`. */
export function names(v: unknown, what: string, max = 100): string[] {
  if (!Array.isArray(v) || v.length === 0) throw cdErr(`${what}RequiredException`, `The ${what} list must not be empty.`);
  if (v.length > max)
    throw cdErr('BatchLimitExceededException', `The maximum number of names or IDs allowed for this request (${max}) was exceeded.`);
  return v.map(String);
}
