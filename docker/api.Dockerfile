# syntax=docker/dockerfile:1
# One image for the API (node dist/apps/api/main.js), the worker (… worker.js) and the one-shot
# migrate / seed commands (… cli.js migrate|seed). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t smartcity/api .

# ---- build: install everything, build the api and the libs it depends on --------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
# Native addons (argon2) ship prebuilt binaries; the toolchain is only a fallback for node-gyp.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

# Manifests first, so the npm install layer is reused until dependencies change.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/web-e2e/package.json apps/web-e2e/
COPY libs/contracts/package.json libs/contracts/
COPY libs/domain/package.json libs/domain/
# `npm ci` trips over optional platform binaries missing from some registries; `npm install` with the committed
# lockfile resolves the same tree.
RUN npm install --no-audit --no-fund

COPY nx.json tsconfig.base.json tsconfig.spec.json jest.preset.js ./
COPY libs libs
COPY apps/api apps/api
# Builds the api and every lib (the web app has its own image).
RUN npx nx run-many -t build --exclude=web --outputStyle=static

# Runtime tree in /out: production dependencies, the api build, and each workspace package's manifest and build
# output (node_modules/@smartcity/* are symlinks to them).
RUN npm prune --omit=dev --no-audit --no-fund \
 && mkdir -p /out \
 && cp -a package.json node_modules dist /out/ \
 && for dir in apps/* libs/*; do mkdir -p "/out/$dir" && cp "$dir/package.json" "/out/$dir/"; done \
 && for dir in libs/*; do for part in dist data; do [ ! -e "$dir/$part" ] || cp -a "$dir/$part" "/out/$dir/"; done; done

# ---- runtime ------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /out ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/apps/api/main.js"]
