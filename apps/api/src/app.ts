import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { AppError, NotFoundError } from './lib/errors.ts';
import { waitText } from './lib/french.ts';
import { connectRedis, redisReady } from './lib/redis.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { advisorRoutes } from './modules/advisor/advisor.routes.ts';
import { assessmentRoutes } from './modules/assessments/assessment.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { benchmarkRoutes } from './modules/benchmark/benchmark.routes.ts';
import { communesRoutes } from './modules/communes/communes.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { privacyRoutes } from './modules/privacy/privacy.routes.ts';
import { registrationRoutes } from './modules/registrations/registration.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { tourRoutes } from './modules/tour/tour.routes.ts';
import { authenticationPlugin } from './plugins/authentication.ts';
import {
  frameworkErrorBody,
  registerErrorHandler,
  serializeError,
} from './plugins/error-handler.ts';
import { createServices, type Services } from './services.ts';

declare module 'fastify' {
  interface FastifyInstance {
    publicRoutes: { method: string; url: string }[];
    /** Every service of this app (tests reach account changes through it). */
    services: Services;
  }
}

export interface BuildAppOptions {
  db: Db;
  config: Config;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** How often account changes made elsewhere (another instance, plain SQL) are read. */
  accountEventsIntervalMs?: number;
  /** The built web client to serve on the same port; off in tests by default. */
  webDistDir?: string | false;
  /** Key prefix in Redis (tests keep their counters apart); 'capnum:' by default. */
  redisKeyPrefix?: string;
}

export const defaultWebDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** A hop count: the client is the address that many proxies away. */
const trustHops =
  (hops: number) =>
  (_address: string, hop: number): boolean =>
    hop < hops;

/** Builds a ready, not-listening API; the server and every test use it. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { db, config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? { level: config.LOG_LEVEL };
  const serverOptions: FastifyServerOptions = {
    logger:
      typeof logger === 'object'
        ? { ...logger, serializers: { ...logger.serializers, err: serializeError } }
        : logger,
    // The router's own refusals (an over-long or malformed URL) answer in French too.
    frameworkErrors: (error, _request, reply) => {
      const body = frameworkErrorBody(error);
      void (reply as FastifyReply).code(body.statusCode).send(body);
    },
    bodyLimit: 256 * 1024,
    // Behind the TLS proxy, request.ip is the client's address (never a spoofable header otherwise).
    trustProxy:
      typeof config.TRUST_PROXY === 'number' ? trustHops(config.TRUST_PROXY) : config.TRUST_PROXY,
    // Our own ids are UUIDs; a long random URL should not cost anything.
    routerOptions: { maxParamLength: 200 },
  };
  const app = Fastify(serverOptions);
  // Every public route, so a test can check the OpenAPI document lists them all.
  const routes: { method: string; url: string }[] = [];
  app.decorate('publicRoutes', routes);
  app.addHook('onRoute', (route) => {
    if (route.schema?.hide || route.url.startsWith('/api/docs')) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url });
    }
  });
  // API answers carry personal data: no browser or proxy keeps a copy, unless a route says otherwise.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // Behind TLS in production; a plain-HTTP development server must not be upgraded.
        upgradeInsecureRequests: config.NODE_ENV === 'production' ? [] : null,
      },
    },
  });
  // API answers (JSON, CSV) compressed for weak connections; the built client is served
  // precompressed by the static plugin below.
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Brotli's default (11) costs far too much per request; 4 compresses about as well as gzip, faster.
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(fastifyCookie);
  // Several instances share their counters through Redis; one instance keeps them in memory.
  const redis = config.REDIS_URL
    ? connectRedis(config.REDIS_URL, options.redisKeyPrefix ?? 'capnum:')
    : undefined;
  if (redis) {
    redis.on('error', (error) => app.log.warn({ err: error }, 'Redis injoignable'));
    if (!(await redisReady(redis))) {
      app.log.warn('Redis injoignable au démarrage : compteurs en mémoire en attendant');
    }
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }
  await app.register(fastifyRateLimit, {
    global: false,
    ...(redis && { redis, nameSpace: 'rate-limit:', skipOnError: true }),
    errorResponseBuilder: (_request, context) =>
      new AppError(
        429,
        'TOO_MANY_REQUESTS',
        `Trop de tentatives. Réessayez dans ${waitText(context.ttl)}.`,
      ),
  });
  // Services sign with the JWT plugin registered just below; signing happens per request only.
  const services = createServices({
    db,
    clock,
    config,
    log: app.log,
    signAccessToken: (claims) => app.jwt.sign(claims),
    redis,
  });
  app.decorate('services', services);
  const stopFollowingAccounts = await services.sessionCheck.followChanges({
    intervalMs: options.accountEventsIntervalMs ?? 1000,
    log: app.log,
  });
  app.addHook('onClose', async () => stopFollowingAccounts());
  await app.register(authenticationPlugin, {
    secret: config.JWT_SECRET,
    checkSession: services.sessionCheck.check,
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Cap Numérique API',
        description:
          'Autodiagnostic de maturité numérique des artisans et tournée du van numérique.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  if (config.API_DOCS) {
    await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  }

  await app.register(healthRoutes, { db });
  await app.register(communesRoutes);
  await app.register(authRoutes, { ...services, config });
  await app.register(accountsRoutes, {
    accounts: services.accounts,
    passwordReset: services.passwordReset,
    invitations: services.staff.invitations,
    auth: services.auth,
    config,
  });
  await app.register(assessmentRoutes, services);
  await app.register(benchmarkRoutes, services);
  await app.register(tourRoutes, services);
  await app.register(registrationRoutes, services);
  await app.register(staffRoutes, { prefix: '/api/staff', staff: services.staff, db, clock });
  await app.register(advisorRoutes, { prefix: '/api/advisor', advisor: services.advisor });
  await app.register(privacyRoutes, { privacy: services.privacy, myData: services.myData });

  const webDistDir = options.webDistDir ?? false;
  if (webDistDir && existsSync(webDistDir)) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      preCompressed: true,
      // Hashed file names never change content: cached for a year. index.html always fresh.
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      !request.url.startsWith('/health');
    if (isPage && webDistDir && existsSync(webDistDir)) {
      // The client router owns every other path.
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    }
    throw new NotFoundError('Cette adresse ne correspond à aucune ressource.', 'ROUTE_NOT_FOUND');
  });

  await app.ready();
  return app;
}
