// awsQuery wire protocol for Elastic Beanstalk (API version 2010-12-01): form-encoded requests in,
// XML responses out. Shapes follow botocore's data/elasticbeanstalk/2010-12-01/service-2.json:
// lists are <member> wrapped, every result sits inside <XResult> inside <XResponse> (without the
// Result wrapper the SDK silently returns undefined fields), timestamps are ISO 8601.
import { randomUUID } from 'node:crypto';
import type { ServiceResponse } from '../types.js';
import { escapeXml } from '../xml.js';

export const XMLNS = 'http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/';

/** Flat form parameters of one request (`EnvironmentNames.member.1=x` stays a flat key). */
export class QueryParams {
  constructor(readonly raw: URLSearchParams) {}

  static parse(body: Buffer | string): QueryParams {
    return new QueryParams(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8')));
  }

  get action(): string {
    return this.raw.get('Action') ?? '';
  }

  str(name: string): string | undefined {
    const v = this.raw.get(name);
    return v === null ? undefined : v;
  }

  bool(name: string): boolean | undefined {
    const v = this.raw.get(name);
    if (v === null) return undefined;
    return v.toLowerCase() === 'true';
  }

  int(name: string): number | undefined {
    const v = this.raw.get(name);
    if (v === null || v === '') return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? Math.trunc(n) : undefined;
  }

  date(name: string): number | undefined {
    const v = this.raw.get(name);
    if (v === null || v === '') return undefined;
    const n = /^\d+(\.\d+)?$/.test(v) ? Number(v) * 1000 : Date.parse(v);
    return Number.isFinite(n) ? n : undefined;
  }

  /** `Name.member.1`, `Name.member.2`, … in index order. */
  list(name: string): string[] {
    return this.structList(name).map((p) => this.raw.get(p) ?? '');
  }

  /** Prefixes `Name.member.N` present in the request, in index order. */
  structList(name: string): string[] {
    const prefix = `${name}.member.`;
    const idx = new Set<number>();
    for (const key of this.raw.keys()) {
      if (!key.startsWith(prefix)) continue;
      const n = Number(key.slice(prefix.length).split('.')[0]);
      if (Number.isInteger(n)) idx.add(n);
    }
    return [...idx].sort((a, b) => a - b).map((n) => `${prefix}${n}`);
  }
}

/** A modeled (or unmodeled) service error, rendered as awsQuery's ErrorResponse. */
export class EbError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly type: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
    this.name = code;
  }
}

/** Error codes as the wire carries them (botocore's `error.code`, which the SDK maps to classes). */
export const Codes = {
  InvalidParameterValue: 'InvalidParameterValue',
  InvalidParameterCombination: 'InvalidParameterCombination',
  MissingParameter: 'MissingParameter',
  InvalidAction: 'InvalidAction',
  Throttling: 'Throttling',
  TooManyApplications: 'TooManyApplicationsException',
  TooManyApplicationVersions: 'TooManyApplicationVersionsException',
  TooManyEnvironments: 'TooManyEnvironmentsException',
  TooManyBuckets: 'TooManyBucketsException',
  InsufficientPrivileges: 'InsufficientPrivilegesException',
  S3LocationNotInServiceRegion: 'S3LocationNotInServiceRegionException',
  /** Modeled as SourceBundleDeletionException. */
  SourceBundleDeletion: 'SourceBundleDeletionFailure',
  /** Modeled as OperationInProgressException. */
  OperationInProgress: 'OperationInProgressFailure',
  InvalidRequest: 'InvalidRequestException',
} as const;

/** A value to serialize: scalars, Dates, nested objects, arrays (rendered as <member> lists). */
export type XmlValue = string | number | boolean | Date | undefined | null | XmlObject | XmlValue[];
export interface XmlObject {
  [key: string]: XmlValue;
}

export function toXml(value: XmlValue): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => `<member>${toXml(v)}</member>`).join('');
  if (typeof value === 'object') {
    let out = '';
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === null) continue;
      out += `<${k}>${toXml(v)}</${k}>`;
    }
    return out;
  }
  return escapeXml(String(value));
}

export function xmlResponse(action: string, result: XmlObject | undefined, requestId: string): ServiceResponse {
  const inner = result === undefined ? '' : `<${action}Result>${toXml(result)}</${action}Result>`;
  const body =
    `<${action}Response xmlns="${XMLNS}">${inner}` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
  return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

export function errorResponse(err: EbError, requestId: string): ServiceResponse {
  const body =
    `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${err.type}</Type><Code>${escapeXml(err.code)}</Code>` +
    `<Message>${escapeXml(err.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
  return { status: err.status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

export function newRequestId(): string {
  return randomUUID();
}
