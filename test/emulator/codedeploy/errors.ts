// Modeled CodeDeploy errors travel as exceptions inside the service and leave as awsJson1_1
// error bodies: HTTP 400, {"__type": "<Name>", "message": "…"}.
export class CodeDeployError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export const cdErr = (type: string, message: string): CodeDeployError => new CodeDeployError(type, message);
