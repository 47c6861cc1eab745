import { outcomeOf, parseInFlight, postDecision } from '../../../src/in-flight.js';
import { DeploymentFailed, DeploymentTimedOut } from '../../../src/errors.js';
import { AbortedError } from '../../../src/util/time.js';
import { appliesOurUpdate } from '../../../src/post/beanstalk.js';

describe('why the main step ended', () => {
  it('tells a cancellation, a timeout, a failed release and an error of its own apart', () => {
    expect(outcomeOf(undefined)).toBe('succeeded');
    expect(outcomeOf(new AbortedError())).toBe('cancelled');
    expect(outcomeOf(new DeploymentTimedOut('did not finish'))).toBe('timed-out');
    expect(outcomeOf(new DeploymentFailed('Deployment d-1 failed'))).toBe('failed');
    expect(outcomeOf(Object.assign(new Error('Service is unavailable'), { name: 'ServiceUnavailable' }))).toBe('crashed');
    expect(outcomeOf(new SyntaxError('Unexpected end of JSON input'))).toBe('crashed');
    expect(outcomeOf('a string')).toBe('crashed');
  });
});

describe('what the post step does about a release in flight', () => {
  it('stops only after a cancellation, or a timeout when on-cancel says stop', () => {
    expect(postDecision('cancelled', 'stop')).toEqual({ act: 'stop', why: 'cancelled' });
    expect(postDecision('', 'stop')).toEqual({ act: 'stop', why: 'cancelled' }); // killed before it could say
    expect(postDecision('timed-out', 'stop')).toEqual({ act: 'stop', why: 'timed-out' });
    expect(postDecision('cancelled', 'leave')).toEqual({ act: 'leave', why: 'on-cancel' });
    expect(postDecision('timed-out', 'leave')).toEqual({ act: 'leave', why: 'on-cancel' });
    for (const own of ['crashed', 'failed', 'succeeded']) {
      expect(postDecision(own, 'stop')).toEqual({ act: 'leave', why: 'own-error' });
    }
  });

  it('reads the intent recorded before CreateDeployment (a token, no id yet) and refuses anything partial', () => {
    const intent = { service: 'codedeploy', region: 'us-east-1', token: 'hookline-1-1-abc', application: 'shop', group: 'prod', since: 5 };
    expect(parseInFlight(JSON.stringify(intent))).toEqual(intent);
    expect(parseInFlight(JSON.stringify({ ...intent, group: undefined }))).toBeUndefined();
    expect(parseInFlight(JSON.stringify({ service: 'beanstalk', region: 'us-east-1', id: 'shop-prod', versionLabel: 'v2' }))).toMatchObject(
      {
        id: 'shop-prod',
      },
    );
    expect(parseInFlight('{"service":"beanstalk","id":"shop-prod"}')).toBeUndefined();
  });
});

describe('whose Beanstalk update is running', () => {
  const ours = { service: 'beanstalk' as const, region: 'us-east-1', id: 'shop-prod', versionLabel: 'v2', requestId: 'req-ours' };
  const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 12, 0, s));

  it('is ours only when the newest event carrying a request id is from our UpdateEnvironment', () => {
    const env = { VersionLabel: 'v2', Status: 'Updating' as const };
    expect(
      appliesOurUpdate(ours, env, [
        { RequestId: 'req-ours', EventDate: at(2) },
        { RequestId: 'req-old', EventDate: at(1) },
      ]),
    ).toBe(true);
    expect(
      appliesOurUpdate(ours, env, [
        { RequestId: 'req-other', EventDate: at(3) },
        { RequestId: 'req-ours', EventDate: at(2) },
      ]),
    ).toBe(false);
  });

  it('falls back to the version label when there is no request id to compare', () => {
    const { requestId: _r, ...noRequest } = ours;
    expect(appliesOurUpdate(noRequest, { VersionLabel: 'v2' }, [{ RequestId: 'req-x' }])).toBe(true);
    expect(appliesOurUpdate(noRequest, { VersionLabel: 'v3' }, [])).toBe(false);
  });
});
