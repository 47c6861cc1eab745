// Lambda over restJson1: the calls hookline makes (GetAlias, PublishVersion) on
// /2015-03-31/functions/…; errors carry x-amzn-errortype as Lambda's do.
import { randomUUID } from 'node:crypto';
import type { ServiceModule, ServiceRequest, ServiceResponse } from '../types.js';
import { functionArn, type LambdaState } from './model.js';

class LambdaError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const notFound = (ref: string) => new LambdaError('ResourceNotFoundException', 404, `Function not found: ${functionArn(ref)}`);

export const LAMBDA_PATH = '/2015-03-31/functions/';

export function createLambdaService(state: LambdaState): ServiceModule {
  function route(req: ServiceRequest): { status: number; body: unknown } {
    const parts = req.path.slice(LAMBDA_PATH.length).split('/').map(decodeURIComponent);
    const fn = state.get(parts[0] ?? '');
    if (!fn) throw notFound(parts[0] ?? '');
    if (req.method === 'GET' && parts[1] === 'aliases' && parts[2]) {
      const a = fn.aliases.get(parts[2]);
      if (!a) throw new LambdaError('ResourceNotFoundException', 404, `Alias not found: ${functionArn(fn.name, parts[2])}`);
      const weights = Object.keys(a.weights).length ? { RoutingConfig: { AdditionalVersionWeights: a.weights } } : {};
      return {
        status: 200,
        body: {
          AliasArn: functionArn(fn.name, parts[2]),
          Name: parts[2],
          FunctionVersion: a.version,
          RevisionId: randomUUID(),
          ...weights,
        },
      };
    }
    if (req.method === 'POST' && parts[1] === 'versions') {
      fn.published += 1;
      const v = String(fn.published);
      return { status: 201, body: { FunctionName: fn.name, FunctionArn: functionArn(fn.name, v), Version: v, State: 'Active' } };
    }
    throw new LambdaError('InvalidParameterValueException', 400, `${req.method} ${req.path} is not supported by the emulator.`);
  }

  return {
    async handle(req: ServiceRequest): Promise<ServiceResponse> {
      const headers = { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() };
      try {
        const r = route(req);
        return { status: r.status, headers, body: JSON.stringify(r.body) };
      } catch (err) {
        if (!(err instanceof LambdaError)) throw err;
        return {
          status: err.status,
          headers: { ...headers, 'x-amzn-errortype': err.type },
          body: JSON.stringify({ Type: 'User', message: err.message }),
        };
      }
    },
    async close() {},
  };
}
