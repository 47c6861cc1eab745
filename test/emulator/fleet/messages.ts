// The agent's own wording (aws/aws-codedeploy-agent: hook_executor.rb, command_executor.rb,
// installer.rb, application_specification.rb). Diagnosis code matches on these strings.

/** Where the agent keeps deployments on a Linux instance. */
export const AGENT_DEPLOYMENT_ROOT = '/opt/codedeploy-agent/deployment-root';

export const scriptMissing = (resolvedPath: string): string => `Script does not exist at specified location: ${resolvedPath}`;

export const unableToMakeExecutable = (location: string): string => `Unable to set script at specified location: ${location} as executable`;

export const scriptTimedOut = (location: string, timeoutSeconds: number): string =>
  `Script at specified location: ${location} failed to complete in ${timeoutSeconds} seconds`;

/** "run as user X" appears only when the hook names `runas`. */
const prefix = (location: string, runas?: string): string =>
  runas ? `Script at specified location: ${location} run as user ${runas}` : `Script at specified location: ${location}`;

export const scriptFailed = (location: string, exitCode: number, runas?: string): string =>
  `${prefix(location, runas)} failed with exit code ${exitCode}`;

/** A Ruby exception while starting the script (e.g. Errno::ENOENT for a CRLF shebang when exec'd directly). */
export const scriptRaised = (location: string, errorClass: string, message: string, runas?: string): string =>
  `${prefix(location, runas)} failed with error ${errorClass} with message ${message}`;

export const outputsLeftOpen = (location: string, stream: 'STDOUT' | 'STDERR'): string =>
  `Script at specified location: ${location} failed to close ${stream}`;

export const etagMismatch = (expected: string, actual: string): string =>
  `Expected deployment artifact bundle etag ${expected} but was actually ${actual}`;

export const fileExists = (destination: string): string =>
  `The deployment failed because a specified file already exists at this location: ${destination}`;

export const noSpace = (syscall: string, path: string): string => `No space left on device @ ${syscall} - ${path}`;

export const appSpecNotFound = (relPath: string, archiveDir: string): string =>
  `The CodeDeploy agent did not find an AppSpec file within the unpacked revision directory at revision-relative path "${relPath}". ` +
  `The revision was unpacked to directory "${archiveDir}", and the AppSpec file was expected but not found at path "${archiveDir}/${relPath}". ` +
  'Consult the AWS CodeDeploy Appspec documentation for more information at http://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file.html';

export const appSpecInvalidVersion = (v: unknown): string =>
  `The deployment failed because an invalid version value (${String(v ?? '')}) was entered in the application specification file. Make sure your AppSpec file specifies "0.0" as the version, and then try again.`;

export const appSpecInvalidOs = (os: unknown): string =>
  `The deployment failed because the application specification file specifies an unsupported operating system (${String(os ?? '')}). Specify either "linux" or "windows" in the os section of the AppSpec file, and then try again.`;

export const appSpecEmpty = (): string =>
  "The deployment failed because the application specification file was empty. Make sure your AppSpec file defines at minimum the 'version' and 'os' properties.";

export const appSpecNoLocation = (): string =>
  'The deployment failed because the application specification file specifies a script with no location value. Specify the location in the hooks section of the AppSpec file, and then try again.';

export const appSpecBadTimeout = (): string =>
  'The deployment failed because an invalid timeout value was provided for a script in the application specification file. Make corrections in the hooks section of the AppSpec file, and then try again.';

export const appSpecUnknownEvents = (file: string, events: string[]): string =>
  `${file} file contains unknown lifecycle events: [${events.map((e) => JSON.stringify(e)).join(', ')}]`;

/** What CodeDeploy reports when the agent never picked the command up (after its one-hour wait). */
export const agentDidNotRespond = (): string =>
  'CodeDeploy agent was not able to receive the lifecycle event. Check the CodeDeploy agent logs on your host and make sure the agent is running and can connect to the CodeDeploy server.';

/** Aws::S3::Errors::AccessDenied / NoSuchKey messages as the Ruby SDK raises them. */
export const s3AccessDenied = (): string => 'Access Denied';
export const s3NoSuchKey = (): string => 'The specified key does not exist.';
export const s3NoSuchBucket = (): string => 'The specified bucket does not exist';

/** "The disk is (or was) full during extraction." — unzip exit 50. */
export const diskFullDuringExtraction = (): string => 'The disk is (or was) full during extraction.';
