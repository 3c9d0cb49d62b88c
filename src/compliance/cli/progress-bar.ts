/** A one-line progress bar on stderr; redraws in place on a terminal, prints every 25 % otherwise. */
export class ProgressBar {
  private lastQuarter = -1;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number): void {
    const ratio = this.total === 0 ? 1 : Math.min(1, done / this.total);
    const width = 30;
    const filled = Math.round(ratio * width);
    const line = `${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${(done / 1048576).toFixed(1)}/${(this.total / 1048576).toFixed(1)} MB`;
    if (this.out.isTTY) this.out.write(`\r${line}`);
    else if (Math.floor(ratio * 4) > this.lastQuarter) {
      this.lastQuarter = Math.floor(ratio * 4);
      this.out.write(`${line}\n`);
    }
  }

  finish(): void {
    this.update(this.total);
    if (this.out.isTTY) this.out.write('\n');
  }
}
