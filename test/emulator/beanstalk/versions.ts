// An application version's source bundle: whether it can be deployed (processing, create and update
// environment check it as AWS does) and its contents for the instances.
import type { ObjectStore } from '../types.js';
import { ConfigParseError, ebextensionConfigs, readBundle, type BundleEntry, type EbConfig } from './bundle.js';
import type { ApplicationRec, VersionRec } from './model.js';
import { Codes, EbError } from './protocol.js';

/** A bundle ready for the instances, or the reason every instance's StageApplication fails. */
export type LoadedBundle = { entries: BundleEntry[]; configs: EbConfig[] } | { error: string };

function invalidConfigMessage(e: ConfigParseError, label: string): string {
  return (
    `The configuration file ${e.file} in application version ${label} contains invalid YAML or JSON. ` +
    `YAML exception: Invalid Yaml: ${e.yamlError}, JSON exception: Invalid JSON: ${e.jsonError}. Update the configuration file.`
  );
}

/** Why the version's bundle cannot be deployed (version processing), or undefined when it can. */
export async function validateBundle(store: ObjectStore, v: VersionRec): Promise<string | undefined> {
  const obj = await store.getObject(v.bucket, v.key);
  if (!obj) return `Unable to download from S3 location (Bucket: ${v.bucket} Key: ${v.key}). Reason: Not Found`;
  let entries: BundleEntry[];
  try {
    entries = await readBundle(obj.body);
  } catch (e) {
    return `Unable to process application version ${v.label}: the source bundle ${v.key} is not a valid zip, war or jar file (${(e as Error).message}).`;
  }
  try {
    ebextensionConfigs(entries);
  } catch (e) {
    if (e instanceof ConfigParseError) return invalidConfigMessage(e, v.label);
    throw e;
  }
  return undefined;
}

/** The deployable bundle of a version (or a synchronous InvalidParameterValue as AWS gives). */
export async function loadVersionBundle(store: ObjectStore, v: VersionRec): Promise<LoadedBundle> {
  const obj = await store.getObject(v.bucket, v.key);
  if (!obj) return { error: `Unable to download from S3 location (Bucket: ${v.bucket} Key: ${v.key}). Reason: Not Found` };
  let entries: BundleEntry[];
  try {
    entries = await readBundle(obj.body);
  } catch (e) {
    return { error: `the source bundle is not a valid zip, war or jar file (${(e as Error).message})` };
  }
  try {
    return { entries, configs: ebextensionConfigs(entries) };
  } catch (e) {
    if (e instanceof ConfigParseError) throw new EbError(Codes.InvalidParameterValue, invalidConfigMessage(e, v.label));
    throw e;
  }
}

/** The version a create or update may deploy: it exists and its processing neither runs nor failed. */
export function deployableVersion(app: ApplicationRec, label: string): VersionRec {
  const v = app.versions.get(label);
  if (!v) throw new EbError(Codes.InvalidParameterValue, `No Application Version named '${label}' found.`);
  if (v.status === 'PROCESSING' || v.status === 'BUILDING') {
    throw new EbError(
      Codes.InvalidParameterValue,
      `Application version ${label} is still being processed. Wait for processing to finish and retry.`,
    );
  }
  if (v.status === 'FAILED') {
    throw new EbError(Codes.InvalidParameterValue, `Application version ${label} failed processing: ${v.failure ?? 'unknown error'}`);
  }
  return v;
}
