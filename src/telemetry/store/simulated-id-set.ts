/**
 * The simulated meter numbers (MTR- plus 7 digits, number = slot + 1) whose lower-cased id contains a search
 * text, as sorted ranges and counts computed from the digits instead of by formatting and testing every id:
 * at a million meters that scan is what made a search block the HTTP thread for hundreds of milliseconds.
 * A text inside "mtr-" matches all; "...-" + digits is a prefix, so one range; bare digits may sit at any
 * position, handled by a digit automaton (KMP) that enumerates matching prefixes and counts completions.
 */
const PREFIX = 'mtr-';
export const SIMULATED_DIGITS = 7;
export const SIMULATED_NUMBER_LIMIT = 10 ** SIMULATED_DIGITS;
const POW10 = Array.from({ length: SIMULATED_DIGITS + 1 }, (_, i) => 10 ** i);

/** Called with [low, high) in ascending order; return false to stop. */
export type RangeVisitor = (low: number, high: number) => boolean;

export class SimulatedIdSet {
  private constructor(
    private readonly low: number,
    private readonly high: number,
    private readonly automaton?: DigitAutomaton,
  ) {}

  static of(search: string): SimulatedIdSet {
    if (PREFIX.includes(search)) return new SimulatedIdSet(0, SIMULATED_NUMBER_LIMIT);
    if (/^\d+$/.test(search)) {
      return search.length > SIMULATED_DIGITS ? new SimulatedIdSet(0, 0) : new SimulatedIdSet(0, 0, new DigitAutomaton(search));
    }
    const dash = search.indexOf('-');
    const head = search.slice(0, dash + 1);
    const tail = search.slice(dash + 1);
    if (dash < 0 || !PREFIX.endsWith(head) || !/^\d*$/.test(tail) || tail.length > SIMULATED_DIGITS) return new SimulatedIdSet(0, 0);
    const scale = POW10[SIMULATED_DIGITS - tail.length];
    const low = Number(tail || '0') * scale;
    return new SimulatedIdSet(low, low + scale);
  }

  /** How many matching numbers lie in [from, to). */
  count(from: number, to: number): number {
    return Math.max(0, this.countBelow(to) - this.countBelow(from));
  }

  /** Visits the matching numbers within [from, to) as maximal-enough ranges, ascending. Returns false if stopped. */
  forEachRange(from: number, to: number, visit: RangeVisitor): boolean {
    if (!this.automaton) {
      const low = Math.max(from, this.low);
      const high = Math.min(to, this.high);
      return low >= high || visit(low, high);
    }
    return this.automaton.visit(0, 0, 0, Math.max(0, from), Math.min(to, SIMULATED_NUMBER_LIMIT), visit);
  }

  private countBelow(limit: number): number {
    const n = Math.min(Math.max(limit, 0), SIMULATED_NUMBER_LIMIT);
    if (!this.automaton) return Math.max(0, Math.min(n, this.high) - this.low);
    return this.automaton.countBelow(n);
  }
}

class DigitAutomaton {
  private readonly length: number;
  /** next[state * 10 + digit]; state `length` (matched) is absorbing. */
  private readonly next: Uint8Array;
  /** completions[remaining * (length + 1) + state]: digit strings of that length that reach a match. */
  private readonly completions: Float64Array;

  constructor(pattern: string) {
    const p = Array.from(pattern, (c) => c.charCodeAt(0) - 48);
    const m = p.length;
    this.length = m;
    this.next = new Uint8Array((m + 1) * 10);
    const fail = new Int32Array(m + 1);
    for (let i = 1, k = 0; i < m; i++) {
      while (k > 0 && p[i] !== p[k]) k = fail[k];
      if (p[i] === p[k]) k++;
      fail[i + 1] = k;
    }
    for (let s = 0; s <= m; s++) {
      for (let d = 0; d <= 9; d++) {
        if (s === m) this.next[s * 10 + d] = m;
        else if (p[s] === d) this.next[s * 10 + d] = s + 1;
        else this.next[s * 10 + d] = s === 0 ? 0 : this.next[fail[s] * 10 + d];
      }
    }
    this.completions = new Float64Array((SIMULATED_DIGITS + 1) * (m + 1));
    this.completions[m] = 1;
    for (let r = 1; r <= SIMULATED_DIGITS; r++) {
      for (let s = 0; s <= m; s++) {
        let total = 0;
        for (let d = 0; d <= 9; d++) total += this.completions[(r - 1) * (m + 1) + this.next[s * 10 + d]];
        this.completions[r * (m + 1) + s] = total;
      }
    }
  }

  countBelow(n: number): number {
    if (n >= SIMULATED_NUMBER_LIMIT) return this.completions[SIMULATED_DIGITS * (this.length + 1)];
    let count = 0;
    let state = 0;
    for (let pos = 0; pos < SIMULATED_DIGITS; pos++) {
      const remaining = SIMULATED_DIGITS - 1 - pos;
      const digit = Math.floor(n / POW10[remaining]) % 10;
      for (let d = 0; d < digit; d++) count += this.completions[remaining * (this.length + 1) + this.next[state * 10 + d]];
      state = this.next[state * 10 + digit];
      if (state === this.length) return count + (n % POW10[remaining]);
    }
    return count;
  }

  /** Depth-first over digit prefixes in ascending order; a matched prefix is one whole range. */
  visit(pos: number, state: number, prefix: number, from: number, to: number, visit: RangeVisitor): boolean {
    const remaining = SIMULATED_DIGITS - pos;
    const low = prefix * POW10[remaining];
    const high = low + POW10[remaining];
    if (high <= from || low >= to || this.completions[remaining * (this.length + 1) + state] === 0) return true;
    if (state === this.length) return visit(Math.max(low, from), Math.min(high, to));
    for (let d = 0; d <= 9; d++) {
      if (!this.visit(pos + 1, this.next[state * 10 + d], prefix * 10 + d, from, to, visit)) return false;
    }
    return true;
  }
}
