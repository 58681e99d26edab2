# syntax=docker/dockerfile:1
# The web app: the Vite production bundle served by nginx, which also passes /api to the API (see nginx.conf).
# Build from the repository root:
#   docker build -f docker/web.Dockerfile -t smartcity/web .

# ---- build ----------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/web-e2e/package.json apps/web-e2e/
COPY libs/contracts/package.json libs/contracts/
COPY libs/domain/package.json libs/domain/
RUN npm install --no-audit --no-fund

COPY nx.json tsconfig.base.json tsconfig.spec.json jest.preset.js ./
COPY libs libs
COPY apps/web apps/web
RUN npx nx run web:build --outputStyle=static

# ---- runtime --------------------------------------------------------------------------------------------------
FROM nginx:alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 80
