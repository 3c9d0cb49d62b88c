// DEV-ONLY stand-in for the PowerGrid API contract (issue 5), used to iterate on the dashboard while the
// telemetry and compliance routes live on other branches. The committed browser tests target the real
// server (`node dist/main.js`); set E2E_SERVER=fake to point them here instead.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const REGIONS = ['north', 'south', 'east', 'west', 'central'];
const KINDS = ['residential', 'commercial', 'industrial'];
const STATUSES = ['normal', 'peak', 'outage', 'fault', 'offline'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export function createFakeApi({ meterCount = 2000, tickMs = 1000, apiKeys = [] } = {}) {
  let tick = 0;
  const history = [];
  const meterId = (i) => `MTR-${String(i).padStart(7, '0')}`;
  const reading = (i, t = tick) => {
    const wave = Math.sin((t + i) / 7) + Math.cos(t / 5);
    const statusRoll = (i * 7919 + Math.floor(t / 20)) % 100;
    const status = statusRoll < 80 ? 'normal' : statusRoll < 92 ? 'peak' : STATUSES[2 + (statusRoll % 3)];
    return {
      meterId: meterId(i), kind: KINDS[i % 3], region: REGIONS[i % 5], feeder: `F-${(i % 40) + 1}`, status,
      powerKw: status === 'outage' || status === 'offline' ? 0 : 2 + (i % 9) + wave,
      voltageV: 230 + wave * 3, energyKwh: 1000 + i + t * 0.01, timestamp: new Date(Date.now() - (tick - t) * tickMs).toISOString(),
    };
  };
  const summary = (points) => {
    const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    const regions = new Map(REGIONS.map((r) => [r, { region: r, loadKw: 0, meterCount: 0 }]));
    let total = 0;
    for (let i = 1; i <= meterCount; i++) {
      const r = reading(i);
      byStatus[r.status]++;
      const region = regions.get(r.region);
      region.loadKw += r.powerKw;
      region.meterCount++;
      total += r.powerKw;
    }
    return { tick, timestamp: new Date().toISOString(), totalLoadKw: total, meterCount, byStatus, regions: [...regions.values()], history: history.slice(-points) };
  };
  const advance = () => {
    tick++;
    history.push({ tick, timestamp: new Date().toISOString(), totalLoadKw: summary(0).totalLoadKw });
    if (history.length > 3600) history.shift();
  };
  // An hour of history from the start, so the chart is measured at its full 3,600 points.
  const started = Date.now();
  for (let t = -3599; t <= 0; t++) history.push({ tick: t + 3599, timestamp: new Date(started + t * tickMs).toISOString(), totalLoadKw: 10_000 + 500 * Math.sin(t / 300) });
  tick = 3599;
  advance();
  const streams = new Set();
  const timer = setInterval(() => {
    advance();
    const data = JSON.stringify(summary(1));
    for (const res of streams) res.write(`event: summary\ndata: ${data}\n\n`);
  }, tickMs);

  const send = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handlers = {
    'GET /api/energy/summary': (req, res, url) => send(res, 200, summary(Math.min(3600, Number(url.searchParams.get('historyPoints') ?? 60)))),
    'GET /api/energy/stream': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(`event: summary\ndata: ${JSON.stringify(summary(1))}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
    },
    'GET /api/energy/telemetry': (req, res, url) => {
      const p = url.searchParams;
      const top = Math.min(1000, Number(p.get('top') ?? 100));
      const start = Number(p.get('skipToken') ?? 1);
      const match = (r) => (!p.get('status') || r.status === p.get('status')) && (!p.get('region') || r.region === p.get('region'))
        && (!p.get('kind') || r.kind === p.get('kind')) && (!p.get('search') || r.meterId.includes(p.get('search')));
      const value = [];
      let count = 0;
      let next;
      for (let i = 1; i <= meterCount; i++) {
        const r = reading(i);
        if (!match(r)) continue;
        count++;
        if (i >= start && value.length < top) value.push(r);
        else if (i >= start && next === undefined) next = i;
      }
      const body = { value, count, tick, timestamp: new Date().toISOString() };
      if (next !== undefined) {
        const link = new URL(url);
        link.searchParams.set('skipToken', String(next));
        body.nextLink = link.toString();
      }
      send(res, 200, body);
    },
    'POST /api/compliance/ask/stream': async (req, res) => {
      const { question = '' } = JSON.parse((await readBody(req)) || '{}');
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const offTopic = !/energy|audit|efficien|directive|member state/i.test(question);
      const done = offTopic
        ? { answer: 'I can only answer questions about the Energy Efficiency Directive (EU) 2023/1791.', refused: true, reason: 'not_in_corpus', citations: [], mode: 'extractive' }
        : {
            answer: 'Large enterprises must carry out an energy audit at least every four years [1], unless they run a certified energy management system [2]. <script>alert(1)</script>',
            refused: false, mode: 'extractive', degraded: true,
            citations: [
              { documentId: 'eed-2023-1791', title: 'Directive (EU) 2023/1791', article: 'Article 11', excerpt: 'Member States shall ensure that enterprises ... are subject to an energy audit ... at least every four years.', score: 0.82 },
              { documentId: 'eed-2023-1791', title: 'Directive (EU) 2023/1791', article: 'Article 11(1)', excerpt: 'Enterprises ... shall implement an energy management system.', score: 0.74 },
            ],
          };
      for (const word of done.answer.split(/(?<= )/)) {
        res.write(`event: token\ndata: ${JSON.stringify({ text: word })}\n\n`);
        await new Promise((r) => setTimeout(r, 15));
      }
      res.end(`event: done\ndata: ${JSON.stringify(done)}\n\n`);
    },
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    if (url.pathname === '/api/health') return send(res, 200, { status: 'ok', live: true, ready: true });
    if (url.pathname.startsWith('/api/')) {
      if (apiKeys.length > 0 && !apiKeys.includes(req.headers['x-api-key'])) {
        return send(res, 401, { statusCode: 401, code: 'AUTH_API_KEY_INVALID', message: 'A valid x-api-key header is required.' });
      }
      const meter = url.pathname.match(/^\/api\/energy\/meters\/([^/]+)$/);
      if (meter && req.method === 'GET') {
        const i = Number(decodeURIComponent(meter[1]).replace(/^MTR-/, ''));
        if (!/^MTR-\d{7}$/.test(decodeURIComponent(meter[1])) || i < 1 || i > meterCount) {
          return send(res, 404, { statusCode: 404, code: 'TELEMETRY_METER_NOT_FOUND', message: `Meter ${meter[1]} does not exist.` });
        }
        const latest = reading(i);
        const points = Array.from({ length: Math.min(60, tick) }, (_, k) => reading(i, tick - Math.min(60, tick) + 1 + k))
          .map(({ timestamp, powerKw, voltageV, status }) => ({ timestamp, powerKw, voltageV, status }));
        return send(res, 200, { meterId: latest.meterId, kind: latest.kind, region: latest.region, feeder: latest.feeder, source: 'simulated', latest, history: points });
      }
      const handler = handlers[`${req.method} ${url.pathname}`];
      if (handler) return void handler(req, res, url);
      return send(res, 404, { statusCode: 404, code: 'ROUTE_NOT_FOUND', message: 'No route matches this method and path.' });
    }
    return serveStatic(url.pathname, res);
  });
  server.on('close', () => {
    clearInterval(timer);
    for (const res of streams) res.end();
  });
  return server;
}

function serveStatic(pathname, res) {
  const file = normalize(join(DIST, pathname));
  const target = file.startsWith(DIST) && existsSync(file) && extname(file) ? file : join(DIST, 'index.html');
  if (!existsSync(target)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('client/dist is missing: run npm run -w client build');
  }
  res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(res);
}

function readBody(req) {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createFakeApi({
    meterCount: Number(process.env.METER_COUNT ?? 2000),
    tickMs: Number(process.env.TICK_MS ?? 1000),
    apiKeys: (process.env.API_KEYS ?? '').split(',').filter(Boolean),
  });
  server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
    console.log(`fake PowerGrid API listening on http://127.0.0.1:${server.address().port}`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
