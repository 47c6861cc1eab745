// What a blue/green deployment does to the ECS service: start the replacement (green) task set,
// move test and production traffic, then keep it (success) or drop it (failure, stop, rollback).
// Event wording follows the ECS developer guide's service event messages.
import type { Clock } from '../types.js';
import { targetGroupArn, type EcsServiceState, type EcsState } from './model.js';

/** Scenario seconds for tasks to start and pass health checks. */
const START_SECONDS = 30;

export type InstallResult = { ok: true } | { ok: false; code: string; message: string };

export async function startReplacement(
  ecs: EcsState,
  svc: EcsServiceState,
  taskDefinition: string,
  clock: Clock,
  signal: AbortSignal,
): Promise<InstallResult> {
  if (!ecs.taskDefinitions.has(taskDefinition)) {
    return {
      ok: false,
      code: 'ECS_UPDATE_ERROR',
      message: `The ECS service cannot be updated: task definition ${taskDefinition} does not exist.`,
    };
  }
  const name = `(service ${svc.name})`;
  const green = targetGroupArn(svc.name, 'green');
  if (svc.replacement === 'no-capacity') {
    ecs.event(
      svc,
      `${name} was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance 5d2f2d1c9a0b4f0e) has insufficient memory available. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.`,
    );
    await clock.sleep(START_SECONDS, signal);
    return {
      ok: false,
      code: 'ECS_UPDATE_ERROR',
      message: 'The ECS deployment failed: the replacement task set did not reach its desired count.',
    };
  }
  const tasks = Array.from({ length: svc.desiredCount }, () => ecs.taskId());
  const set = ecs.taskSet(taskDefinition, 'ACTIVE', 0, 0, 'green');
  svc.taskSets.push(set);
  ecs.event(svc, `${name} has started ${tasks.length} tasks: ${tasks.map((t) => `(task ${t})`).join(' ')}.`);
  await clock.sleep(START_SECONDS, signal);
  if (svc.replacement === 'healthy') {
    set.runningCount = tasks.length;
    ecs.event(svc, `${name} registered ${tasks.length} targets in (target-group ${green})`);
    return { ok: true };
  }
  if (svc.replacement === 'unhealthy') {
    ecs.event(svc, `${name} registered ${tasks.length} targets in (target-group ${green})`);
    for (const t of tasks)
      ecs.event(
        svc,
        `${name} (task ${t}) (port ${svc.containerPort}) is unhealthy in (target-group ${green}) due to (reason Health checks failed with these codes: [502]).`,
      );
  }
  ecs.event(svc, `${name} has stopped ${tasks.length} running tasks: ${tasks.map((t) => `(task ${t})`).join(' ')}.`);
  if (svc.replacement === 'exit')
    ecs.event(
      svc,
      `${name} is unable to consistently start tasks successfully. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.`,
    );
  return { ok: false, code: 'ECS_UPDATE_ERROR', message: 'The ECS deployment failed: the replacement task set did not become healthy.' };
}

/** Production traffic to the replacement task set, in percent. */
export function shiftTraffic(svc: EcsServiceState, percent: number): void {
  const green = svc.taskSets.find((t) => t.targetGroup === 'green');
  const blue = svc.taskSets.find((t) => t.targetGroup === 'blue');
  if (green) green.trafficWeight = percent;
  if (blue) blue.trafficWeight = 100 - percent;
}

/** Success: the replacement becomes the service's primary task set; the original is removed. */
export function keepReplacement(ecs: EcsState, svc: EcsServiceState): void {
  const green = svc.taskSets.find((t) => t.targetGroup === 'green');
  if (!green) return;
  svc.taskSets = [{ ...green, status: 'PRIMARY', trafficWeight: 100, targetGroup: 'blue' }];
  svc.taskDefinition = green.taskDefinition;
  ecs.event(svc, `(service ${svc.name}) has reached a steady state.`);
}

/** Failure, stop or rollback: traffic back to the original task set; the replacement is removed. */
export function dropReplacement(ecs: EcsState, svc: EcsServiceState): void {
  const had = svc.taskSets.some((t) => t.targetGroup === 'green');
  svc.taskSets = svc.taskSets
    .filter((t) => t.targetGroup !== 'green')
    .map((t) => ({ ...t, status: 'PRIMARY' as const, trafficWeight: 100 }));
  if (had) ecs.event(svc, `(service ${svc.name}) deregistered targets in (target-group ${targetGroupArn(svc.name, 'green')})`);
}
