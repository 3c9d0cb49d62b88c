// Samples the server from its own GET /metrics (prom-client default metrics, prefixed powergrid_): RSS and the
// event-loop delay p99/max, which prom-client measures with monitorEventLoopDelay and resets on every scrape,
// so each sample covers the 2 s since the previous one. Works for SOAK_URL too: no process access needed.

function gauge(text, name) {
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.eE+-]+)$`, 'm').exec(text);
  if (!match) throw new Error(`/metrics has no ${name}`);
  return Number(match[1]);
}

export class MetricsSampler {
  samples = [];
  #timer;
  #started = 0;

  constructor(url, headers) {
    this.url = url;
    this.headers = headers;
  }

  start(everyMs) {
    this.#started = Date.now();
    void this.scrape(); // resets the server's delay histogram, so the first window starts now
    this.samples.length = 0;
    this.#timer = setInterval(() => void this.scrape(true), everyMs);
  }

  /** Sample times count from here: samples before it (negative t) are the idle baseline. */
  markTrafficStart() {
    const shift = (Date.now() - this.#started) / 1000;
    for (const sample of this.samples) sample.t -= shift;
    this.#started = Date.now();
  }

  /** Event-loop delay of the app with no traffic (the median 2 s window): what the shared machine alone costs. */
  idleLoopP99Ms() {
    const idle = this.samples.filter((s) => s.t < 0).map((s) => s.loopP99Ms).sort((a, b) => a - b);
    return idle.length ? idle[Math.floor(idle.length / 2)] : NaN;
  }

  stop() {
    clearInterval(this.#timer);
  }

  async scrape(keep = false) {
    try {
      const text = await (await fetch(this.url, { headers: this.headers })).text();
      if (!keep) return;
      this.samples.push({
        t: (Date.now() - this.#started) / 1000,
        rssMiB: gauge(text, 'powergrid_process_resident_memory_bytes') / 2 ** 20,
        loopP99Ms: gauge(text, 'powergrid_nodejs_eventloop_lag_p99_seconds') * 1000,
        loopMaxMs: gauge(text, 'powergrid_nodejs_eventloop_lag_max_seconds') * 1000,
        heapMiB: gauge(text, 'powergrid_nodejs_heap_size_used_bytes') / 2 ** 20,
        externalMiB: gauge(text, 'powergrid_nodejs_external_memory_bytes') / 2 ** 20,
      });
    } catch (error) {
      console.error(`metrics scrape failed: ${error.message}`);
    }
  }

  /** RSS drift from the first to the last sample after warm-up, and the worst 2 s event-loop p99 after it. */
  verdict(warmupSeconds) {
    const steady = this.samples.filter((s) => s.t >= warmupSeconds);
    const use = steady.length >= 2 ? steady : this.samples;
    if (use.length === 0) return { rssStartMiB: NaN, rssEndMiB: NaN, rssMaxMiB: NaN, rssGrowth: 0, loopP99Ms: 0, loopMaxMs: 0 };
    const start = use[0].rssMiB;
    const end = use.at(-1).rssMiB;
    return {
      rssStartMiB: start,
      rssEndMiB: end,
      rssMaxMiB: Math.max(...use.map((s) => s.rssMiB)),
      rssGrowth: (end - start) / start,
      loopP99Ms: Math.max(...use.map((s) => s.loopP99Ms)),
      loopMaxMs: Math.max(...use.map((s) => s.loopMaxMs)),
    };
  }
}
