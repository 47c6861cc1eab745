// Wording both services' rule tables share: what shells, package managers, the AWS SDKs and the
// kernel print when a deploy step fails. Every matcher is unanchored so a line still matches
// behind a prefix (Rust agent timestamps, `[stderr]`, `[ERROR]`, log timestamps). The wording of
// one service only (the CodeDeploy agent's own sentences, Beanstalk events) lives in its table
// under rules/.

export const P = {
  // Linux errno texts (ENOSPC/EDQUOT), the Rust std::io rendering "(os error 28)", npm's ENOSPC,
  // unzip's exit 50 (infozip FAQ "error codes") as both CodeDeploy agents report it.
  diskFull: [
    /No space left\b/i,
    /\bENOSPC\b/,
    /\(os error 28\)/,
    /not enough (?:free )?disk space/i,
    /Disk quota exceeded/i,
    /\bEDQUOT\b/,
    /insufficient (?:free )?disk space/i,
    /disk is (?:\(or was\) )?full/i,
    /write error \(disk full\?\)/,
    /Error extracting zip archive: 50\b/,
    /unzip failed \(exit 50\)/,
  ],
  // bash/dash/env with a CRLF script: the kernel looks for "bash\r", the shell sees "\r" tokens.
  crlf: [
    /\^M: bad interpreter/,
    /\r: bad interpreter/,
    /bad interpreter: No such file or directory/,
    /\$'\\r': command not found/,
    /: \$'\r': command not found/,
    /\r': command not found/,
    /\r': No such file or directory/,
    /syntax error near unexpected token `\$'\\r''/,
    /\S\^M['":]/,
    /\r: invalid option/,
    // A valid number read as non-numeric: `exit 0\r` (the \r is often lost when the text is copied).
    /\b(?:exit|return|shift): -?\d+\r?: numeric argument required/,
  ],
  // bash ": command not found", dash "3: pm2: not found", env, cmd.exe and PowerShell.
  commandNotFound: [
    /: command not found/,
    /: not found$/,
    /\bexit (?:code|status) 127\b/,
    /env: .?[\w.-]+.?: No such file or directory/,
    /is not recognized as an internal or external command/,
    /The term '[^']+' is not recognized as the name of a cmdlet/,
  ],
  permissionDenied: [/Permission denied/i, /\bexit (?:code|status) 126\b/, /\bEACCES\b/, /as executable/],
  // su (shadow-utils, util-linux), sudo and nologin refusing to switch user. `su` prompts for a
  // password (and fails without a terminal) whenever the caller is not root.
  runas: [
    /su: user \S+ does not exist/,
    /user '?\S+'? does not exist/,
    /sudo: unknown user/,
    /No passwd entry for user/,
    /su: (?:Authentication failure|must be run from a terminal|Permission denied|cannot open session|System error|incorrect password)/,
    /su: cannot set (?:groups|user id)/,
    /This account is currently not available/,
    /runas.*(?:invalid|does not exist)/i,
  ],
  /** sudo refusing because it would need a password: the agent does not run as root. */
  sudoPassword: [/sudo: a terminal is required/, /sudo: no tty present/, /sudo: a password is required/, /is not in the sudoers file/],
  // Ruby aws-sdk S3 errors, the Rust agent's "S3 GetObject failed for s3://…: AccessDenied…", HTTP
  // status texts, credential-chain failures.
  s3Denied: [
    /Access ?Denied/i,
    /\b403\b.*Forbidden|Forbidden.*\b403\b/i,
    /NoSuchKey/,
    /NoSuchBucket/,
    /The specified key does not exist/,
    /The specified bucket does not exist/,
    /\b404\b.*Not Found/i,
    /Aws::S3::Errors::\w+/,
    /S3 GetObject failed for/,
    /Missing credentials/i,
    /Unable to locate credentials/i,
    /failed to load IMDS session token/i,
    /instance profile/i,
    /InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken|InvalidToken/,
    /request signature we calculated does not match/i,
    /Could not download bundle/i,
    /Expected deployment artifact bundle etag/,
    /Unable to (?:download|retrieve) (?:the )?(?:bundle|revision)/i,
  ],
  // Stand-alone IAM denials: STS/IAM error texts and the CodeDeploy service's "role does not have
  // permission" sentences (error-codes.html: IAM_ROLE_PERMISSIONS, AUTO_SCALING_IAM_ROLE_PERMISSIONS).
  iam: [
    /is not authorized to perform/i,
    /AccessDeniedException/,
    /\bUnauthorizedOperation\b/,
    /not authorized to (?:access|assume|invoke)/i,
    /does not give you permission to perform operations/i,
    /role does not have (?:the )?(?:correct |required |necessary )?permissions?/i,
    /does not have (?:the )?(?:correct |required |necessary )?permissions?/i,
    /(?:cannot|could not|unable to|failed to) assume (?:the )?(?:service )?role/i,
    /service role .* (?:missing|invalid|permission|cannot be (?:accessed|assumed))/i,
    /missing (?:the )?(?:required )?permissions?/i,
  ],
  concurrent: [
    /DeploymentLimitExceeded/,
    /already has an active Deployment/i,
    /already (?:has|have) (?:a )?deployment in progress/i,
    /another (?:deployment|operation) is (?:already )?in progress/i,
    /OperationInProgress/,
  ],
  /** Transient AWS-side failures (SDK error codes and texts). */
  platform: [
    /\bInternalFailure\b/,
    /\bInternal ?Error\b/i,
    /ServiceUnavailable/,
    /\bThrottl(?:ed|ing)(?:Exception)?\b/,
    /Rate exceeded/i,
    /due to an unexpected error/i,
  ],
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
