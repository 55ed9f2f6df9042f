import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { memoryAttemptCounter } from './lib/attempt-counter.ts';
import type { Clock } from './lib/clock.ts';
import { linksFrom } from './lib/mailer.ts';
import { redisAttemptCounter, resilientAttemptCounter } from './lib/redis.ts';
import { createAccountStatus } from './modules/accounts/account-status.ts';
import { createAccountsService } from './modules/accounts/accounts.service.ts';
import { createPasswordReset } from './modules/accounts/password-reset.service.ts';
import { createAdvisorService } from './modules/advisor/advisor.service.ts';
import { createAssessmentService } from './modules/assessments/assessment.service.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createLoginThrottle } from './modules/auth/login-throttle.ts';
import { createSessionCheck } from './modules/auth/session-check.ts';
import { createBenchmarkService } from './modules/benchmark/benchmark.service.ts';
import { createMyData } from './modules/privacy/my-data.service.ts';
import { createPrivacyService } from './modules/privacy/privacy.service.ts';
import { createQuestionnaireService } from './modules/questionnaires/questionnaire.service.ts';
import { createRegistrationService } from './modules/registrations/registration.service.ts';
import { createStaffServices } from './modules/staff/staff.services.ts';
import { createTourService } from './modules/tour/tour.service.ts';
import type { AccessClaims } from './plugins/authentication.ts';

/** What the services are built from: the infrastructure buildApp receives. */
export interface Dependencies {
  db: Db;
  clock: Clock;
  config: Config;
  log: FastifyBaseLogger;
  signAccessToken: (claims: AccessClaims) => string;
  /** Shared counters when several instances run (REDIS_URL); absent, they stay in memory. */
  redis?: Redis | undefined;
}

/** Every service, built once from one dependencies object; each factory takes what it needs. */
export function createServices(deps: Dependencies) {
  const { db, clock, config } = deps;
  const sessionCheck = createSessionCheck(deps);
  const auth = createAuthService({ ...deps, sessionCheck });
  const attempts = deps.redis
    ? resilientAttemptCounter(redisAttemptCounter(deps.redis), (error) =>
        deps.log.warn({ err: error }, 'Redis injoignable : compteurs de connexion en mémoire'),
      )
    : memoryAttemptCounter();
  const questionnaires = createQuestionnaireService(db);
  const link = linksFrom(config.PUBLIC_URL);
  const benchmarks = createBenchmarkService({
    db,
    clock,
    minimumGroupSize: config.BENCHMARK_MIN_GROUP,
  });
  return {
    sessionCheck,
    auth,
    loginThrottle: createLoginThrottle({
      counter: attempts,
      clock,
      failuresPerAddress: config.AUTH_RATE_LIMIT,
    }),
    accounts: createAccountsService({ db, clock, link }),
    passwordReset: createPasswordReset({ db, clock, link, sessionCheck }),
    accountStatus: createAccountStatus({ db, clock, sessionCheck }),
    questionnaires,
    assessments: createAssessmentService({ db, clock, questionnaires }),
    benchmarks,
    tour: createTourService({ db, clock }),
    registrations: createRegistrationService({ db, clock, link }),
    staff: createStaffServices({
      db,
      clock,
      link,
      k: config.K_ANONYMITY,
      sessionCheck,
      showOutbox: config.NODE_ENV !== 'production',
    }),
    privacy: createPrivacyService({ db, clock }),
    myData: createMyData({ db, clock, link, sessionCheck }),
    advisor: createAdvisorService({ db, clock, questionnaires, benchmarks }),
  };
}

export type Services = ReturnType<typeof createServices>;
