// Applications and application versions: CreateStorageLocation, CreateApplication,
// DescribeApplications, CreateApplicationVersion (with processing), DescribeApplicationVersions,
// DeleteApplicationVersion.
import { paginate, type BeanstalkCore, type Operations } from './core.js';
import { applicationXml, versionXml, type VersionRec } from './model.js';
import { Codes, EbError, type QueryParams, type XmlObject } from './protocol.js';
import { validateBundle } from './versions.js';

export function applicationOperations(c: BeanstalkCore): Operations {
  return {
    CreateStorageLocation: async () => {
      await c.ctx.store.ensureBucket(c.storageBucket);
      return { S3Bucket: c.storageBucket };
    },
    CreateApplication: (p) => createApplication(c, p),
    DescribeApplications: (p) => {
      const names = p.list('ApplicationNames');
      const apps = [...c.apps.values()].filter((a) => names.length === 0 || names.includes(a.name));
      return { Applications: apps.map(applicationXml) };
    },
    CreateApplicationVersion: (p, r) => createApplicationVersion(c, p, r),
    DescribeApplicationVersions: (p) => describeApplicationVersions(c, p),
    DeleteApplicationVersion: (p) => deleteApplicationVersion(c, p),
  };
}

function createApplication(c: BeanstalkCore, p: QueryParams): XmlObject {
  const name = p.str('ApplicationName');
  if (!name) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter ApplicationName.');
  if (c.apps.has(name)) throw new EbError(Codes.InvalidParameterValue, `Application ${name} already exists.`);
  const limit = c.scenario.limits?.applications ?? 75;
  if (c.apps.size >= limit) throw new EbError(Codes.TooManyApplications, `You cannot have more than ${limit} Applications.`);
  const app = c.newApplication(name, p.str('Description'), c.now());
  return { Application: applicationXml(app) };
}

function versionCount(c: BeanstalkCore): number {
  let n = 0;
  for (const a of c.apps.values()) n += a.versions.size;
  return n;
}

async function createApplicationVersion(c: BeanstalkCore, p: QueryParams, requestId: string): Promise<XmlObject> {
  const appName = p.str('ApplicationName');
  const label = p.str('VersionLabel');
  if (!appName) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter ApplicationName.');
  if (!label) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter VersionLabel.');
  let app = c.apps.get(appName);
  if (!app) {
    if (!p.bool('AutoCreateApplication')) throw new EbError(Codes.InvalidParameterValue, `No Application named '${appName}' found.`);
    app = c.newApplication(appName, undefined, c.now());
  }
  if (app.versions.has(label)) throw new EbError(Codes.InvalidParameterValue, `Application Version ${label} already exists.`);
  const limit = c.scenario.limits?.applicationVersions ?? 1000;
  if (versionCount(c) >= limit) {
    throw new EbError(Codes.TooManyApplicationVersions, `You cannot have more than ${limit} Application Versions.`);
  }
  const bucket = p.str('SourceBundle.S3Bucket');
  const key = p.str('SourceBundle.S3Key');
  if (!bucket || !key) throw new EbError(Codes.InvalidParameterCombination, 'Both S3 bucket and key must be specified.');
  const bucketRegion = c.scenario.faults?.s3BucketRegions?.[bucket];
  if (bucketRegion && bucketRegion !== c.region) {
    throw new EbError(
      Codes.S3LocationNotInServiceRegion,
      `The specified Amazon S3 bucket (${bucket}) is in region ${bucketRegion}; it must be in the same region as the environment (${c.region}).`,
    );
  }
  const obj = await c.ctx.store.getObject(bucket, key);
  if (!obj) {
    throw new EbError(
      Codes.InvalidParameterCombination,
      `Unable to download from S3 location (Bucket: ${bucket} Key: ${key}). Reason: Not Found`,
    );
  }
  const now = c.now();
  const process = p.bool('Process') === true;
  const v: VersionRec = {
    application: app.name,
    label,
    description: p.str('Description'),
    bucket,
    key,
    status: process ? 'PROCESSING' : 'UNPROCESSED',
    created: now,
    updated: now,
    arn: c.versionArn(app.name, label),
  };
  app.versions.set(label, v);
  app.updated = now;
  c.event({
    severity: 'INFO',
    message: `Created new Application Version: ${label}`,
    application: app.name,
    versionLabel: label,
    requestId,
  });
  if (process) c.track(processVersion(c, v, requestId));
  return { ApplicationVersion: versionXml(v) };
}

async function processVersion(c: BeanstalkCore, v: VersionRec, requestId: string): Promise<void> {
  await c.sleep(c.timing.versionProcessing);
  const failure = await validateBundle(c.ctx.store, v);
  v.updated = c.now();
  if (failure) {
    v.status = 'FAILED';
    v.failure = failure;
    c.event({ severity: 'ERROR', message: failure, application: v.application, versionLabel: v.label, requestId });
  } else {
    v.status = 'PROCESSED';
  }
}

function describeApplicationVersions(c: BeanstalkCore, p: QueryParams): XmlObject {
  const appName = p.str('ApplicationName');
  const labels = p.list('VersionLabels');
  const all: VersionRec[] = [];
  for (const a of c.apps.values()) {
    if (appName && a.name !== appName) continue;
    for (const v of a.versions.values()) if (labels.length === 0 || labels.includes(v.label)) all.push(v);
  }
  all.sort((x, y) => y.created - x.created);
  const { page, next } = paginate(all, p);
  return { ApplicationVersions: page.map(versionXml), NextToken: next };
}

async function deleteApplicationVersion(c: BeanstalkCore, p: QueryParams): Promise<undefined> {
  const app = c.app(p.str('ApplicationName'));
  const label = p.str('VersionLabel');
  if (!label) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter VersionLabel.');
  const v = app.versions.get(label);
  if (!v) throw new EbError(Codes.InvalidParameterValue, `No Application Version named '${label}' found.`);
  const envs = c.liveEnvs().filter((e) => e.application === app.name);
  if (envs.some((e) => e.op?.versionLabel === label)) {
    throw new EbError(
      Codes.OperationInProgress,
      `Unable to delete application version ${label} because an operation that uses it is in progress.`,
    );
  }
  const using = envs.filter((e) => e.versionLabel === label || e.instances.some((i) => i.versionLabel === label));
  if (using.length > 0) {
    throw new EbError(
      Codes.InvalidParameterValue,
      `Unable to delete application version ${label} because it is being used by environment(s): ${using.map((e) => e.name).join(', ')}.`,
    );
  }
  app.versions.delete(label);
  app.updated = c.now();
  if (p.bool('DeleteSourceBundle')) {
    const store = c.ctx.store as typeof c.ctx.store & { deleteObject?: (b: string, k: string) => Promise<void> };
    if (store.deleteObject) {
      try {
        await store.deleteObject(v.bucket, v.key);
      } catch (e) {
        throw new EbError(
          Codes.SourceBundleDeletion,
          `Unable to delete the source bundle s3://${v.bucket}/${v.key}: ${(e as Error).message}. The application version was deleted.`,
        );
      }
    }
  }
  return undefined;
}
