import { FIRST_POLL_MS, pollDelay } from '../../../src/codedeploy/watch.js';

describe('pollDelay', () => {
  it('starts short and doubles up to the poll interval', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => pollDelay(15_000, i))).toEqual([250, 500, 1000, 2000, 4000, 8000, 15_000, 15_000]);
    expect(pollDelay(15_000, 0)).toBe(FIRST_POLL_MS);
  });

  it('never exceeds a short interval (tests poll every few ms)', () => {
    expect([0, 1, 50].map((i) => pollDelay(50, i))).toEqual([50, 50, 50]);
  });

  it('stays at the interval however many polls came before', () => {
    expect(pollDelay(60_000, 10_000)).toBe(60_000);
    expect(pollDelay(60_000, -1)).toBe(FIRST_POLL_MS);
  });
});
