import { z } from 'zod';

// French default messages for any rule that does not carry its own.
z.config(z.locales.fr());

export * from './account.ts';
export * from './advisor.ts';
export * from './aggregates.ts';
export * from './assessment.ts';
export * from './auth.ts';
export * from './benchmark.ts';
export * from './common.ts';
export * from './errors.ts';
export * from './members.ts';
export * from './siret.ts';
export * from './text.ts';
export * from './tour.ts';
