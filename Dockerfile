# syntax=docker/dockerfile:1
# PowerGrid: one Node process serving the API and the bundled dashboard.
# Build:  az acr build --registry <acr> --image powergrid:<tag> .   (or: docker build -t powergrid .)
# Run:    docker run -p 8080:8080 -v powergrid-data:/data powergrid
# Configuration and secrets come from the environment at run time (App Service settings backed by
# Key Vault references); nothing secret is passed as ARG or baked into a layer.

# Node 24 LTS, pinned by full version in both stages; .ci/use-node reads the runtime's and runs the tests on it.
# The full Debian image ships python3, make and g++, which node-gyp needs to compile hnswlib-node.
FROM node:24.22.3-bookworm AS build
# The npm that wrote the lockfile (allowScripts needs a recent npm 11), whatever npm the image bundles.
RUN npm install --global npm@11.19.1 --no-audit --no-fund
WORKDIR /app
# Manifests first, so the dependency layer (and the native compile) is reused while only sources change.
COPY package.json package-lock.json ./
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
# Client packages are devDependencies of the workspace: the bundle in client/dist is all the server needs.
# Optional packages are not needed at run time either: @napi-rs/canvas only renders PDF pages (we extract
# text, see pdfjs-runtime.ts), typescript is @nestjs/swagger's compile-time plugin peer, react and react-dom
# are peers of LangGraph's React hooks. Type declarations and source maps are for editors and debuggers.
# Together that takes the runtime node_modules from about 300 MB to about 130 MB (README, "Image size").
RUN npm prune --omit=dev --omit=optional --no-audit --no-fund \
    && find node_modules -type f \( -name '*.map' -o -name '*.d.ts' -o -name '*.d.cts' -o -name '*.d.mts' \) -delete

FROM node:24.22.3-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATA_DIR=/data
WORKDIR /app
# Application files stay owned by root: the process can read its code but not rewrite it.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/client/package.json ./client/package.json
COPY --from=build /app/client/dist ./client/dist
RUN mkdir -p /data && chown node:node /data
# The official image's unprivileged user (uid 1000).
USER node
VOLUME ["/data"]
EXPOSE 8080
# slim has no curl: Node's own fetch asks the liveness endpoint, which an optional dependency being down (the
# embedding service, say) never fails: restarting the container would not bring that dependency back.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/api/health/live', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself; the app's shutdown hooks close cleanly and exit 0.
CMD ["node", "dist/main.js"]
