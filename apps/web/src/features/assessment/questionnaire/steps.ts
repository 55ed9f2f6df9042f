import type { ThemeKey } from '@capnum/scoring';
import { paths } from '../../../lib/paths.ts';

/** One step per theme, in French in the address bar, then the review step. */
export const themeSlugs: Record<ThemeKey, string> = {
  visibility: 'visibilite',
  referencing: 'referencement',
  content: 'contenus',
  social: 'reseaux-sociaux',
};

export const reviewSlug = 'verification';

export const questionElementId = (questionId: string) => `question-${questionId}`;

/** A step's address; with a question, the page opens on it (`#question-…`). */
export function stepPath(slug: string, questionId?: string): string {
  const path = paths.diagnosticStep.replace(':step', slug);
  return questionId ? `${path}#${questionElementId(questionId)}` : path;
}
