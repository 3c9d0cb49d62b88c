# syntax=docker/dockerfile:1
# PowerGrid: one Node process serving the API and the bundled dashboard.
# Build:  az acr build --registry <acr> --image powergrid:<tag> .   (or: docker build -t powergrid .)
# Run:    docker run -p 8080:8080 -v powergrid-data:/data powergrid
# Configuration and secrets come from the environment at run time (App Service settings backed by
# Key Vault references); nothing secret is passed as ARG or baked into a layer.

# The full Debian image ships python3, make and g++, which node-gyp needs to compile hnswlib-node.
FROM node:20.20.2-bookworm AS build
# The lockfile is written by npm 11 (workspaces, allowScripts); the image bundles npm 10.
RUN npm install --global npm@11.19.1 --no-audit --no-fund
WORKDIR /app
# Manifests first, so the dependency layer (and the native compile) is reused while only sources change.
COPY package.json package-lock.json ./
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
# Client packages are devDependencies of the workspace: the bundle in client/dist is all the server needs.
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20.20.2-bookworm-slim AS runtime
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
