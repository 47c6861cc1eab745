// Post step (post-if: always()): when the main step left a release in flight, decide from why it
// ended (in-flight.ts): stop what this run started after a cancellation (or a timeout, per
// on-cancel), and leave it running after an error of hookline's own. Then give the GitHub
// Deployment the main step could not close its final status. Every call is bounded.
import { getInput, getState } from './runner-io.js';
import { Inputs, States } from './constants.js';
import { maskAwsSecrets } from './aws/secrets.js';
import { parseOpenDeployment } from './github/deployments.js';
import { parseInFlight, postDecision, type InFlight } from './in-flight.js';
import { Budget } from './post/budget.js';
import { Reporter } from './report/reporter.js';

export { parseInFlight } from './in-flight.js';

export async function runPost(): Promise<void> {
  // The post step's own Reporter: AWS messages are foreign text here too.
  const report = new Reporter();
  maskAwsSecrets(process.env, (value) => report.setSecret(value));
  const budget = new Budget();
  try {
    const inFlight = parseInFlight(getState(States.InFlight));
    if (inFlight) await settle(inFlight, budget, report);
  } catch (err) {
    // The post step reports but never turns a finished job red on its own.
    report.warning(`hookline post step could not clean up: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const open = parseOpenDeployment(getState(States.GithubDeployment));
    if (open) {
      const { closeGitHubDeployment, savedOutcome } = await import('./post/github.js');
      const token = getInput(Inputs.GithubToken).trim() || undefined;
      await closeGitHubDeployment(open, savedOutcome(getState(States.Outcome)), token, budget, report);
    }
  } catch (err) {
    report.warning(`hookline post step could not close the GitHub Deployment: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await report.finish();
  }
}

/** Stop or leave the release the main step left in flight. */
async function settle(inFlight: InFlight, budget: Budget, report: Reporter): Promise<void> {
  const decision = postDecision(getState(States.Outcome), getState(States.OnCancel) || 'stop');
  if (inFlight.service === 'codedeploy') {
    const { settleCodeDeploy } = await import('./post/codedeploy.js');
    await settleCodeDeploy(inFlight, decision, budget, report, Number(getState(States.PollInterval)) || 1000);
  } else {
    const { settleBeanstalk } = await import('./post/beanstalk.js');
    await settleBeanstalk(inFlight, decision, budget, report);
  }
}
