// awsJson1_1: POST / with x-amz-target CodeDeploy_20141006.<Operation> and a JSON body; answers
// JSON, or HTTP 400 with {"__type", "message"} and x-amzn-ErrorType for a modeled error.
import { randomUUID } from 'node:crypto';
import type { ServiceRequest, ServiceResponse } from '../types.js';
import { CodeDeployError } from './errors.js';
import type { Input, Operations } from './ops/context.js';

export async function dispatch(ops: Operations, req: ServiceRequest): Promise<ServiceResponse> {
  const requestId = randomUUID();
  const target = req.headers['x-amz-target'] ?? '';
  const op = target.slice(target.indexOf('.') + 1);
  try {
    if (req.method !== 'POST') throw new CodeDeployError('UnknownOperationException', 'Only POST is supported.');
    const fn = Object.hasOwn(ops, op) ? ops[op] : undefined;
    if (!fn) throw new CodeDeployError('UnknownOperationException', `Operation ${op} is not supported by the emulator.`);
    let input: Input;
    try {
      input = req.body.length ? (JSON.parse(req.body.toString('utf8')) as Input) : {};
    } catch {
      throw new CodeDeployError('SerializationException', 'Start of structure or map found where not expected.');
    }
    const out = await fn(input);
    return {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
      body: JSON.stringify(out),
    };
  } catch (err) {
    if (!(err instanceof CodeDeployError)) throw err;
    return {
      status: err.status,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId, 'x-amzn-errortype': err.type },
      body: JSON.stringify({ __type: err.type, message: err.message }),
    };
  }
}
