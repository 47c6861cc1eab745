// The central directory keeps each record's fixed part and the caller's name string, and puts
// the records together when written: the bytes must be the records a reader expects.
import { CentralDirectory, centralRecord, type CentralRecord } from '../../../src/bundle/zip-records.js';

const record = (name: string, i: number, big = false): CentralRecord => ({
  name: Buffer.from(name, 'utf8'),
  flags: i % 2 ? 0x0800 : 0x0008,
  method: i % 3 ? 8 : 0,
  crc: (i * 2654435761) >>> 0,
  csize: big ? 0x1_0000_0000 + i : 1000 + i,
  usize: big ? 0x1_2000_0000 + i : 3000 + i,
  offset: big ? 0x2_0000_0000 + i : 100 * i,
  external: ((0o100644 << 16) >>> 0) + (i % 2 ? 0x10 : 0),
});

describe('central directory', () => {
  it('writes, in 64 KiB parts, exactly the records in the order added (names in UTF-8, ZIP64 extras)', () => {
    const cd = new CentralDirectory();
    const records: CentralRecord[] = [];
    for (let i = 0; i < 3000; i++) {
      const name = `dir${i % 17}/fïle-${i}${'x'.repeat(i % 50)}${i % 7 === 0 ? '😀' : ''}.txt`;
      const r = record(name, i, i % 11 === 0);
      records.push(r);
      cd.add(r, name);
    }
    const parts = [...cd.parts()];
    expect(parts.length).toBeGreaterThan(2);
    expect(Buffer.concat(parts).equals(Buffer.concat(records.map(centralRecord)))).toBe(true);
    expect(cd.count).toBe(3000);
  });

  it('refuses a name whose bytes differ in length from the record', () => {
    const cd = new CentralDirectory();
    cd.add(record('abc', 1), 'abcd');
    expect(() => [...cd.parts()]).toThrow(/changed length/);
  });

  it('an empty directory writes nothing', () => {
    expect(Buffer.concat([...new CentralDirectory().parts()]).length).toBe(0);
  });
});
