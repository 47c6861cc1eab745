// The wording of real failures, as regular expressions. Every matcher is unanchored so a line
// still matches behind a prefix (Rust agent timestamps, `[stderr]`, `[ERROR]`, log timestamps).
// Sources: the CodeDeploy agent's own messages (hook executor, command executor, installer), the
// Rust agent's variants, eb-engine.log / cfn-init.log lines, Elastic Beanstalk events.

export const P = {
  diskFull: [
    /No space left on device/i,
    /\bENOSPC\b/,
    /not enough (?:free )?disk space/i,
    /Disk quota exceeded/i,
    /\bEDQUOT\b/,
    /insufficient (?:disk )?space/i,
  ],
  crlf: [
    /\^M: bad interpreter/,
    /\r: bad interpreter/,
    /bad interpreter: No such file or directory/,
    /\$'\\r': command not found/,
    /: \$'\r': command not found/,
    /\r': command not found/,
    /syntax error near unexpected token `\$'\\r''/,
  ],
  commandNotFound: [
    /: command not found/,
    /: not found$/,
    /\bexit (?:code|status) 127\b/,
    /env: .?[\w.-]+.?: No such file or directory/,
    /is not recognized as an internal or external command/,
  ],
  permissionDenied: [/Permission denied/i, /\bexit (?:code|status) 126\b/, /\bEACCES\b/, /as executable/],
  runas: [
    /su: user \S+ does not exist/,
    /user '?\S+'? does not exist/,
    /sudo: unknown user/,
    /No passwd entry for user/,
    /su: Authentication failure/,
    /su: cannot set groups/,
    /This account is currently not available/,
    /runas.*(?:invalid|does not exist)/i,
  ],
  s3Denied: [
    /Access ?Denied/i,
    /\b403\b.*Forbidden|Forbidden.*\b403\b/i,
    /NoSuchKey/,
    /NoSuchBucket/,
    /The specified key does not exist/,
    /The specified bucket does not exist/,
    /\b404\b.*Not Found/i,
    /Aws::S3::Errors::\w+/,
    /Missing credentials/i,
    /Unable to locate credentials/i,
    /instance profile/i,
    /InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken|InvalidToken/,
    /Could not download bundle/i,
    /Expected deployment artifact bundle etag/,
    /Unable to (?:download|retrieve) (?:the )?(?:bundle|revision)/i,
  ],
  bundleInvalid: [
    /bundle'?s? type is incorrect/i,
    /bundle type/i,
    /Error extracting (?:zip|tar|tgz)/i,
    /End-of-central-directory signature not found/i,
    /not a zip ?file/i,
    /cannot find zipfile directory/i,
    /Zip::\w*Error/,
    /__MACOSX/,
    /did not find an AppSpec file/i,
    /appspec\.ya?ml (?:file )?(?:was )?not (?:been )?found/i,
    /No such file or directory(?: @ rb_sysopen)? - \S*deployment-archive\/appspec\.ya?ml/,
    /gzip: stdin: not in gzip format/,
    /tar: This does not look like a tar archive/,
  ],
  appspecInvalid: [
    /invalid version value/i,
    /appspec\.ya?ml file contains unknown lifecycle events/i,
    /lifecycle event which is not a default one/i,
    /AppSpec file .*(?:invalid|not valid|could not be parsed)/i,
    /Psych::SyntaxError/,
    /\(<unknown>\): (?:did not find expected|mapping values are not allowed|could not find expected)/,
    /The deployment failed because the AppSpec file/i,
    /Invalid (?:os|version) (?:value|specified)/i,
    /Unsupported (?:os|operating system)/i,
    /appspec.*(?:YAML|JSON) (?:syntax|parse)/i,
    /Invalid (?:key|property) .* in appspec/i,
  ],
  fileExists: [/specified file already exists at this location/i, /Destination '[^']*' already exists/, /already exists at this location/i],
  agent: [
    /agent was not able to receive the lifecycle event/i,
    /timed out while waiting for the (?:CodeDeploy )?agent/i,
    /agent (?:was )?(?:restarted|stopped|shut down|killed|terminated) (?:during|while)/i,
    /\bFailedAfterRestart\b/,
    /failed after (?:the )?(?:agent|host|instance) (?:restart|reboot)/i,
    /No host (?:agent )?(?:has )?polled/i,
    /agent (?:is not|isn't) (?:running|installed|responding)/i,
    /codedeploy-agent (?:is not running|not found|dead)/i,
    /Unable to connect to (?:the )?CodeDeploy/i,
    /codedeploy-commands(?:-secure)?\.[\w-]+\.amazonaws\.com.*(?:timed out|refused|failed)/i,
  ],
  stdoutOpen: [/failed to close STDOUT/i, /\bOutputsLeftOpen\b/, /outputs left open/i],
  timeout: [/failed to complete in \d+ seconds/i, /\bScriptTimedOut\b/, /timed out after \d+ seconds/i],
  /** Output of a long-running server in a hook's log: it is attached to the hook's stdout. */
  serverOutput: [
    /Started \w+ in [\d.]+ seconds/,
    /Tomcat started on port/i,
    /Netty started on port/i,
    /Listening on (?:port )?:?\d+/i,
    /listening on (?:http|port|\d)/i,
    /Server (?:is )?(?:running|listening|started) (?:on|at)/i,
    /Running on http/i,
    /Serving Flask app/,
    /Booting worker with pid/,
    /Puma starting/,
    /Uvicorn running on/,
    /nohup: ignoring input$/,
  ],
  iam: [
    /is not authorized to perform/i,
    /AccessDeniedException/,
    /not authorized to (?:access|assume|invoke)/i,
    /does not have (?:the )?(?:required )?permissions?/i,
    /service role .* (?:missing|invalid|permission)/i,
    /missing (?:the )?(?:required )?permissions?/i,
  ],
  concurrent: [
    /DeploymentLimitExceeded/,
    /already has an active Deployment/i,
    /already (?:has|have) (?:a )?deployment in progress/i,
    /another (?:deployment|operation) is (?:already )?in progress/i,
    /OperationInProgress/,
  ],
  exitCode: /(?:failed with exit code|exit status|returned non-zero exit status|Return code:?) (-?\d+)/i,
  scriptLocation: /Script (?:does not exist )?at specified location: (.+?)(?: run as user (\S+))?(?: failed| is not| resolves|$)/,
  archivePath: /deployment-root\/([0-9a-f-]{36})\/(d-[A-Z0-9]+)\/deployment-archive\/(\S+)/,
} as const;

export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(text));
}

/** Lines (from any of the texts) that match one of the patterns, in order. */
export function matchingLines(texts: readonly string[], patterns: readonly RegExp[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const line of t.split('\n')) {
      if (line.trim() && matchesAny(line, patterns)) out.push(line);
    }
  }
  return out;
}
