// Post step (post-if: always()): when the main step left a release in flight, decide from why it
// ended (in-flight.ts): stop what this run started after a cancellation (or a timeout, per
// on-cancel), and leave it running after an error of hookline's own. Every call is bounded.
import { getState } from './runner-io.js';
import { States } from './constants.js';
import { maskAwsSecrets } from './aws/secrets.js';
import { parseInFlight, postDecision } from './in-flight.js';
import { Budget } from './post/budget.js';
import { Reporter } from './report/reporter.js';

export { parseInFlight } from './in-flight.js';

export async function runPost(): Promise<void> {
  // The post step's own Reporter: AWS messages are foreign text here too.
  const report = new Reporter();
  maskAwsSecrets(process.env, (value) => report.setSecret(value));
  try {
    const inFlight = parseInFlight(getState(States.InFlight));
    if (!inFlight) return;
    const decision = postDecision(getState(States.Outcome), getState(States.OnCancel) || 'stop');
    const budget = new Budget();
    if (inFlight.service === 'codedeploy') {
      const { settleCodeDeploy } = await import('./post/codedeploy.js');
      await settleCodeDeploy(inFlight, decision, budget, report, Number(getState(States.PollInterval)) || 1000);
    } else {
      const { settleBeanstalk } = await import('./post/beanstalk.js');
      await settleBeanstalk(inFlight, decision, budget, report);
    }
  } catch (err) {
    // The post step reports but never turns a finished job red on its own.
    report.warning(`hookline post step could not clean up: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await report.finish();
  }
}
