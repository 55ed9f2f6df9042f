# The API serving the built web client, on PostgreSQL (see docker-compose.yml).
FROM node:20-bookworm-slim
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
EXPOSE 3000
USER node
# Compiled JavaScript (apps/api/dist), no TypeScript loader at run time.
WORKDIR /app/apps/api
CMD ["node", "dist/server.js"]
