import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { COLLECTOR_SOURCE } from '../../../src/bundle/deflate-pool.js';
import { collector, collectWhen, takeCollector } from '../../../src/bundle/collector.js';

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

describe('collectWhen', () => {
  const policy = { bytes: 100, entries: 10, growth: 1000 };
  function fakeHeap(held: number) {
    const heap = { held, collections: 0 };
    const check = collectWhen(policy, { collect: () => heap.collections++, held: () => heap.held });
    return { heap, check };
  }

  it('collects every `bytes` of output that came from enough entries', () => {
    const { heap, check } = fakeHeap(5000);
    check(99, 50);
    expect(heap.collections).toBe(0); // not yet 100 bytes
    check(100, 50);
    expect(heap.collections).toBe(1);
    check(150, 70);
    expect(heap.collections).toBe(1); // the next is due at 200 bytes
    check(200, 70);
    expect(heap.collections).toBe(2);
  });

  it('skips a due collection when few entries came and the heap did not grow', () => {
    const { heap, check } = fakeHeap(5000);
    for (let written = 100; written <= 1000; written += 100) check(written, 3);
    expect(heap.collections).toBe(0);
    heap.held = 5999;
    check(1100, 3);
    expect(heap.collections).toBe(0); // grew, but less than `growth`
    heap.held = 6000;
    check(1200, 3);
    expect(heap.collections).toBe(1);
    check(1300, 3);
    expect(heap.collections).toBe(1); // measured again after the collection: no growth since
  });

  it('does nothing where V8 gives no collector', () => {
    const check = collectWhen(policy, { collect: null, held: () => 1e9 });
    expect(() => check(1e9, 1e9)).not.toThrow();
  });
});

describe('taking a collector while other threads turn --expose-gc on and off', () => {
  // V8's flags are the process's: two workers taking their collectors at once turn the same flag
  // on and off. Two threads here flip it as fast as they can, so a single try fails about half
  // the time; every taker must still end with a collector.
  function togglers(ms: number): Promise<unknown>[] {
    const source = `const v8 = require('node:v8'); const end = Date.now() + ${ms};
      while (Date.now() < end) { v8.setFlagsFromString('--expose-gc'); v8.setFlagsFromString('--no-expose-gc'); }`;
    return [0, 1].map(
      (): Promise<unknown> => new Promise((resolve, reject) => new Worker(source, { eval: true }).on('exit', resolve).on('error', reject)),
    );
  }

  it('gives every worker its collector', async () => {
    const done = togglers(1500);
    const kinds = await Promise.all(
      Array.from(
        { length: 6 },
        () =>
          new Promise<string>((resolve, reject) => {
            const w = new Worker(`${COLLECTOR_SOURCE}\nrequire('node:worker_threads').parentPort.postMessage(typeof collect);`, {
              eval: true,
            });
            w.once('message', (m: string) => resolve(m)).once('error', reject);
          }),
      ),
    );
    await Promise.all(done);
    expect(kinds).toEqual(Array(6).fill('function'));
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
  });

  it('gives the main thread its collector', async () => {
    const done = togglers(400);
    const taken: string[] = [];
    for (let i = 0; i < 20; i++) {
      taken.push(typeof takeCollector());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await Promise.all(done);
    expect(taken).toEqual(Array(20).fill('function'));
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
  });
});
