import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * How the web app is layered, checked on every test run:
 * - a feature (src/features/<name>) never imports another feature: the
 *   router in src/app composes them;
 * - shared code (src/components, src/lib) never imports a feature.
 */

const sourceRoot = dirname(fileURLToPath(import.meta.url));

/** Relative path of every .ts/.tsx file under src, test files included. */
function sourceFiles(folder = sourceRoot): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(sourceRoot, path)] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The feature a source path belongs to, or 'shared' / 'app'. */
function areaOf(path: string): string {
  const [top, name] = path.split('/');
  if (top === 'features') return `features/${name}`;
  return top === 'app' ? 'app' : 'shared';
}

export interface ImportViolation {
  file: string;
  imports: string;
}

/** The imports that break the layering, for a set of files and their sources. */
export function importViolations(sources: ReadonlyMap<string, string>): ImportViolation[] {
  const violations: ImportViolation[] = [];
  for (const [file, source] of sources) {
    const from = areaOf(file);
    if (from === 'app') continue;
    for (const [, specifier] of source.matchAll(IMPORT)) {
      const target = relative(sourceRoot, resolve(sourceRoot, dirname(file), specifier as string));
      const to = areaOf(target);
      if (!to.startsWith('features/')) continue;
      if (to !== from) violations.push({ file, imports: target });
    }
  }
  return violations;
}

describe('the layering of the web app', () => {
  it('has no feature importing another, and no shared code importing a feature', () => {
    const sources = new Map(
      sourceFiles().map((file) => [file, readFileSync(join(sourceRoot, file), 'utf8')]),
    );
    expect(sources.has('app/router.tsx') && sources.has('features/staff/staff-page.tsx')).toBe(
      true,
    );
    expect(importViolations(sources)).toEqual([]);
  });

  it('catches a deliberate violation, static or lazy, and allows the router to compose', () => {
    const sources = new Map([
      [
        'features/tour/tour-page.tsx',
        "import { x } from '../assessment/results/results-page.tsx';",
      ],
      ['features/staff/routes.tsx', "const Page = lazy(() => import('../tour/tour-page.tsx'));"],
      ['components/ui/widget.tsx', "import { y } from '../../features/staff/staff-page.tsx';"],
      [
        'features/tour/ok.tsx',
        "import { z } from './tour-page.tsx';\nimport '../../lib/paths.ts';",
      ],
      ['app/router.tsx', "import { TourPage } from '../features/tour/tour-page.tsx';"],
    ]);
    expect(importViolations(sources)).toEqual([
      {
        file: 'features/tour/tour-page.tsx',
        imports: 'features/assessment/results/results-page.tsx',
      },
      { file: 'features/staff/routes.tsx', imports: 'features/tour/tour-page.tsx' },
      { file: 'components/ui/widget.tsx', imports: 'features/staff/staff-page.tsx' },
    ]);
  });
});
