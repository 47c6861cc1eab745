// CloudWatch (monitoring) on the emulator's front: DescribeAlarms over the scenario's alarms.
// Wire (measured with @aws-sdk/client-cloudwatch 3.1164): awsJson1_0, `POST /`,
// `x-amz-target: GraniteServiceVersion20100801.<Operation>`, timestamps in epoch seconds; the
// client is awsQuery-compatible, so errors also carry `x-amzn-query-error: <Code>;Sender`.
import { randomUUID } from 'node:crypto';
import type { CodeDeployState } from '../codedeploy/model.js';
import type { EmulatorContext, ServiceModule, ServiceRequest, ServiceResponse } from '../types.js';
import { AlarmBook, checkCloudWatchScenario, type AlarmNow } from './alarms.js';

export const CLOUDWATCH_TARGET_PREFIX = 'GraniteServiceVersion20100801.';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';

class CloudWatchError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Input = Record<string, unknown>;

const epoch = (ms: number): number => Math.round(ms) / 1000;

function metricAlarm(a: AlarmNow): Record<string, unknown> {
  return {
    AlarmName: a.spec.name,
    AlarmArn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${a.spec.name}`,
    ActionsEnabled: true,
    StateValue: a.state,
    StateReason: a.reason,
    StateUpdatedTimestamp: epoch(a.updatedAt),
    StateTransitionedTimestamp: epoch(a.updatedAt),
    MetricName: 'HTTPCode_Target_5XX_Count',
    Namespace: 'AWS/ApplicationELB',
    Statistic: 'Sum',
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: 5,
    ComparisonOperator: 'GreaterThanThreshold',
  };
}

export function createCloudWatchService(ctx: EmulatorContext, raw: unknown, codedeploy: CodeDeployState): ServiceModule {
  const book = new AlarmBook(checkCloudWatchScenario(raw), codedeploy, ctx.clock, ctx.clock.now());

  const ops: Record<string, (input: Input) => Input> = {
    DescribeAlarms(input) {
      const names = input.AlarmNames as string[] | undefined;
      if (names && names.length > 100) throw new CloudWatchError('InvalidParameterValue', 'AlarmNames may hold at most 100 names.');
      const prefix = input.AlarmNamePrefix as string | undefined;
      if (names?.length && prefix)
        throw new CloudWatchError('InvalidParameterCombination', 'AlarmNames and AlarmNamePrefix cannot both be given.');
      const types = (input.AlarmTypes as string[] | undefined) ?? ['MetricAlarm'];
      const max = Math.min(100, Math.max(1, Number(input.MaxRecords ?? 50)));
      const start = Number(input.NextToken ?? 0);
      const matching = book
        .all()
        .filter((a) => !names?.length || names.includes(a.spec.name))
        .filter((a) => !prefix || a.spec.name.startsWith(prefix))
        .filter((a) => !input.StateValue || a.state === input.StateValue);
      const page = types.includes('MetricAlarm') ? matching.slice(start, start + max) : [];
      const next = types.includes('MetricAlarm') && start + max < matching.length ? String(start + max) : undefined;
      return { MetricAlarms: page.map(metricAlarm), CompositeAlarms: [], ...(next ? { NextToken: next } : {}) };
    },
  };

  return {
    async handle(req: ServiceRequest): Promise<ServiceResponse> {
      const requestId = randomUUID();
      const target = req.headers['x-amz-target'] ?? '';
      const op = target.slice(CLOUDWATCH_TARGET_PREFIX.length);
      try {
        const fn = ops[op];
        if (!fn) throw new CloudWatchError('InvalidAction', `Operation ${op} is not supported by the emulator.`);
        let input: Input;
        try {
          input = req.body.length ? (JSON.parse(req.body.toString('utf8')) as Input) : {};
        } catch {
          throw new CloudWatchError('SerializationException', 'The request body is not JSON.');
        }
        return {
          status: 200,
          headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': requestId },
          body: JSON.stringify(fn(input)),
        };
      } catch (err) {
        if (!(err instanceof CloudWatchError)) throw err;
        return {
          status: 400,
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'x-amzn-requestid': requestId,
            'x-amzn-query-error': `${err.code};Sender`,
          },
          body: JSON.stringify({ __type: err.code, message: err.message }),
        };
      }
    },
    async close() {},
  };
}
