# Alliance Atlas: build the web app, then run the server (TypeScript via tsx) as a non-root user.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/server ./server
COPY --from=build --chown=node:node /app/cypher ./cypher
COPY --from=build --chown=node:node /app/seed ./seed
COPY --from=build --chown=node:node /app/web/dist ./web/dist
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "server/src/main.ts"]
