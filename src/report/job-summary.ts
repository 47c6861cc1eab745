// The job summary as markdown, written through the Reporter. Headings are markdown, not the
// `<h2>` of core.summary.addHeading: CommonMark reads a line that starts with `<h2>` as an HTML
// block running to the next blank line, so the markdown after it showed as raw text.
import { escapeMarkdown } from './summary.js';
import { oneLine } from './sanitize.js';

export class JobSummary {
  private pending = '';
  private written = false;

  /** `append` adds markdown to the step's summary file (core.summary in a run). */
  constructor(private readonly append: (markdown: string) => Promise<void>) {}

  /** A heading of plain text (escaped): `## hookline · CodeDeploy shop/prod`. */
  addHeading(text: string, level = 2): this {
    return this.addRaw(`${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeMarkdown(oneLine(text))}\n\n`);
  }

  /** Markdown hookline composed (foreign parts already escaped or fenced). */
  addRaw(markdown: string): this {
    this.pending += markdown;
    return this;
  }

  /** Nothing written or pending yet: the ending still owes the page a summary. */
  get empty(): boolean {
    return !this.written && this.pending.trim() === '';
  }

  /** Appends what is pending; every block ends with a blank line so the next one starts fresh. */
  async write(): Promise<this> {
    if (this.pending.trim() !== '') {
      await this.append(this.pending.replace(/\n*$/, '\n\n'));
      this.written = true;
    }
    this.pending = '';
    return this;
  }
}
