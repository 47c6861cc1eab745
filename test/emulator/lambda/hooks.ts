// CodeDeploy invoking a lifecycle hook function and waiting for its status, as the scenario
// scripts it. The words in `message` are the emulator's; the Lambda error inside the missing
// function's message is Lambda's own (ResourceNotFoundException).
import type { Clock } from '../types.js';
import { functionArn, functionNameOf, type LambdaState } from './model.js';

/** Scenario seconds CodeDeploy waits for a hook's status (AWS: one hour). */
export const HOOK_TIMEOUT_SECONDS = 3600;
/** Scenario seconds a hook that answers takes. */
const HOOK_RUN_SECONDS = 5;

export interface HookResult {
  status: 'Succeeded' | 'Failed';
  message: string;
}

export async function invokeHook(
  lambda: LambdaState,
  ref: string,
  event: string,
  deploymentId: string,
  clock: Clock,
  signal: AbortSignal,
): Promise<HookResult> {
  const fn = lambda.get(ref);
  if (!fn) {
    return {
      status: 'Failed',
      message: `Could not invoke the ${event} hook function ${ref}: ResourceNotFoundException: Function not found: ${functionArn(functionNameOf(ref))}`,
    };
  }
  if (fn.hook === 'succeed' || fn.hook === 'fail') {
    await clock.sleep(HOOK_RUN_SECONDS, signal);
    fn.log.push(`${deploymentId} ${event}: reported ${fn.hook === 'succeed' ? 'Succeeded' : 'Failed'}`);
    return fn.hook === 'succeed'
      ? { status: 'Succeeded', message: '' }
      : { status: 'Failed', message: `The ${event} hook function ${fn.name} reported status Failed.` };
  }
  if (fn.hook === 'denied') {
    fn.log.push(
      `AccessDeniedException: ${fn.name} is not authorized to perform: codedeploy:PutLifecycleEventHookExecutionStatus on resource: ${deploymentId}`,
    );
  }
  await clock.sleep(HOOK_TIMEOUT_SECONDS, signal);
  return {
    status: 'Failed',
    message: `The ${event} hook function ${fn.name} did not report a status (PutLifecycleEventHookExecutionStatus) before it timed out after 60 minutes.`,
  };
}
