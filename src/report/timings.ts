// Per-phase wall time for the job summary.
export class Timings {
  private readonly phases: { name: string; ms: number }[] = [];

  constructor(private readonly now: () => number = () => Date.now()) {}

  async measure<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await fn();
    } finally {
      this.phases.push({ name, ms: this.now() - start });
    }
  }

  entries(): readonly { name: string; ms: number }[] {
    return this.phases;
  }

  markdown(): string {
    if (this.phases.length === 0) return '';
    const cells = this.phases.map((p) => `${p.name} ${p.ms < 1000 ? `${p.ms} ms` : `${(p.ms / 1000).toFixed(1)} s`}`);
    return `⏱ ${cells.join(' · ')}`;
  }
}
