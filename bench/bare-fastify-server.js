// The reference server of the telemetry bench: Fastify alone (no Nest), answering the two GET routes with
// JSON documents captured from the real app. The payloads are parsed objects, so Fastify serialises them on
// every request exactly as it would a handler's result.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

// The same Fastify the app runs on, resolved through the adapter that pins it.
const requireFromAdapter = createRequire(createRequire(import.meta.url).resolve('@nestjs/platform-fastify'));
const Fastify = requireFromAdapter('fastify');

const payloads = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const app = Fastify({ logger: false });
app.get('/api/energy/summary', async () => payloads.summary);
app.get('/api/energy/telemetry', async () => payloads.telemetry);
await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: app.server.address().port });
