// The AWS secrets a run can see in its environment are masked before any request is made: an
// error message echoing request headers (a proxy, a misbehaving endpoint) must show *** instead.

const SECRET_VARIABLES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'] as const;

/** Registers every AWS secret in `env` with `setSecret` (core.setSecret in the action). */
export function maskAwsSecrets(env: NodeJS.ProcessEnv, setSecret: (value: string) => void): void {
  for (const name of SECRET_VARIABLES) {
    const value = env[name]?.trim();
    if (value) setSecret(value);
  }
}
