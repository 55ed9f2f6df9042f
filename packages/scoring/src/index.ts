export * from './labels.ts';
export * from './levels.ts';
export * from './questionnaire.ts';
export * from './questionnaire-v1.ts';
export * from './questionnaire-v2.ts';
export * from './recommendations.ts';
export * from './scoring.ts';
