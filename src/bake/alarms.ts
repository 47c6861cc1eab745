// The CloudWatch alarms a CodeDeploy deployment group names in its alarmConfiguration, read for
// the bake. The CloudWatch SDK client is created (and its package loaded) only when the group
// names alarms, so a run without a bake, or a group without alarms, never loads it.
import { GetDeploymentGroupCommand, type CodeDeployClient } from '@aws-sdk/client-codedeploy';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { Breach } from './gate.js';

/** The alarm names a group watches; `disabled` when its alarm configuration is turned off. */
export interface GroupAlarms {
  names: string[];
  disabled: boolean;
}

/** DescribeAlarms takes at most 100 names per call. */
const NAMES_PER_CALL = 100;

export async function groupAlarms(client: CodeDeployClient, application: string, group: string, signal: AbortSignal): Promise<GroupAlarms> {
  const out = await client.send(new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: group }), {
    abortSignal: signal,
  });
  const config = out.deploymentGroupInfo?.alarmConfiguration;
  const names = [...new Set((config?.alarms ?? []).flatMap((a) => (a.name ? [a.name] : [])))];
  return { names, disabled: config?.enabled === false };
}

/** One alarm as the bake judges it (metric and composite alarms alike). */
export interface AlarmState {
  name: string;
  state: string;
  reason: string;
  since?: Date;
}

export async function readAlarms(cw: CloudWatchClient, names: string[], signal: AbortSignal): Promise<AlarmState[]> {
  const { DescribeAlarmsCommand } = await import('@aws-sdk/client-cloudwatch');
  const states: AlarmState[] = [];
  for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
    let NextToken: string | undefined;
    do {
      const out = await cw.send(
        new DescribeAlarmsCommand({
          AlarmNames: names.slice(i, i + NAMES_PER_CALL),
          AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
          NextToken,
        }),
        { abortSignal: signal },
      );
      for (const a of [...(out.MetricAlarms ?? []), ...(out.CompositeAlarms ?? [])]) {
        if (!a.AlarmName) continue;
        states.push({
          name: a.AlarmName,
          state: a.StateValue ?? 'INSUFFICIENT_DATA',
          reason: a.StateReason ?? '',
          ...(a.StateUpdatedTimestamp ? { since: a.StateUpdatedTimestamp } : {}),
        });
      }
      NextToken = out.NextToken;
    } while (NextToken);
  }
  return states;
}

/** The first alarm in ALARM, as a breach naming it and its state reason (pure). */
export function alarmBreach(states: AlarmState[], group: string): Breach | undefined {
  const firing = states.filter((a) => a.state === 'ALARM');
  const first = firing[0];
  if (!first) return undefined;
  const others = firing.slice(1).map((a) => a.name);
  return {
    title: `Alarm ${first.name} went to ALARM during the bake`,
    message:
      `CloudWatch alarm ${first.name} of deployment group ${group} is in ALARM` +
      `${first.since ? ` since ${first.since.toISOString()}` : ''}` +
      `${first.reason ? `: ${first.reason}` : '.'}` +
      `${others.length ? ` Also in ALARM: ${others.join(', ')}.` : ''}`,
    evidence: firing.map((a) => `${a.name}: ${a.state}${a.reason ? ` — ${a.reason}` : ''}`),
  };
}

/** Names the group lists that CloudWatch does not know (pure): said once, they cannot breach. */
export function missingAlarms(names: string[], states: AlarmState[]): string[] {
  const found = new Set(states.map((a) => a.name));
  return names.filter((n) => !found.has(n));
}
