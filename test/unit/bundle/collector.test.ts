import vm from 'node:vm';
import { collector } from '../../../src/bundle/collector.js';

describe('collector', () => {
  it('gives this thread’s collector and leaves `gc` unexposed to code that runs later', () => {
    const gc = collector();
    expect(typeof gc).toBe('function');
    expect(() => gc!()).not.toThrow();
    expect(collector()).toBe(gc); // taken once
    // The flag was on only while the collector was taken: a context made now has no `gc`.
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
  });
});
