import { pickActionsDeployment, payloadTarget } from '../../../src/github/deployments.js';

const bot = { login: 'github-actions[bot]' };
const run = (id: string, state = 'in_progress') => [{ state, log_url: `https://github.com/o/r/actions/runs/${id}/job/9` }];

describe("the Deployment GitHub Actions made for this job's environment", () => {
  it("is the bot's deployment whose status links this run", () => {
    const picked = pickActionsDeployment(
      [
        { deployment: { id: 1, environment: 'production', creator: bot }, statuses: run('41') },
        { deployment: { id: 2, environment: 'production', creator: bot }, statuses: run('4242') },
        { deployment: { id: 3, environment: 'production', creator: { login: 'octocat' } }, statuses: run('4242') },
      ],
      '4242',
      'shop-prod',
    );
    expect(picked?.id).toBe(2);
  });

  it('prefers the environment of the same name when jobs of one run have several; none when it cannot tell', () => {
    const two = [
      { deployment: { id: 1, environment: 'staging', creator: bot }, statuses: run('7') },
      { deployment: { id: 2, environment: 'production', creator: bot }, statuses: run('7') },
    ];
    expect(pickActionsDeployment(two, '7', 'production')?.id).toBe(2);
    expect(pickActionsDeployment(two, '7', 'shop-prod')).toBeUndefined();
  });

  it('a finished deployment of an earlier attempt is not adopted', () => {
    expect(
      pickActionsDeployment([{ deployment: { id: 1, environment: 'p', creator: bot }, statuses: run('7', 'success') }], '7', 'p'),
    ).toBeUndefined();
    expect(
      pickActionsDeployment([{ deployment: { id: 1, environment: 'p', creator: bot }, statuses: run('70') }], '7', 'p'),
    ).toBeUndefined();
  });

  it("reads hookline's target from the payload, as object or JSON string", () => {
    expect(payloadTarget({ hookline: { target: 'shop-pr-1' } })).toBe('shop-pr-1');
    expect(payloadTarget('{"hookline":{"target":"x"}}')).toBe('x');
    expect(payloadTarget({})).toBeUndefined();
    expect(payloadTarget('not json')).toBeUndefined();
  });
});
