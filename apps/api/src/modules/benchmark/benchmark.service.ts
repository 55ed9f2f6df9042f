import {
  type Benchmark,
  type BenchmarkComparison,
  type BenchmarkGroup,
  type BenchmarkHistory,
  benchmarkScopes,
  type ThemeKey,
  themeKeys,
} from '@capnum/contracts';
import { analytical, type Db, type Executor } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { type Owner, ownerOf } from '../../lib/owner.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import * as repository from './benchmark.repository.ts';
import { groupLabel, type PeerProfile } from './peer-groups.ts';
import { type Histogram, percentileRank, positionIn, sizeOf } from './peer-statistics.ts';

/** The comparison looks at each artisan's latest assessment of the last 24 months. */
export const BENCHMARK_WINDOW_MONTHS = 24;

export function windowStart(now: Date): Date {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - BENCHMARK_WINDOW_MONTHS);
  return since;
}

type Histograms = Map<repository.Measure, Histogram>;

const scoreOf = (scores: repository.AssessmentScores, measure: repository.Measure) =>
  measure === 'overall' ? scores.score_overall : scores[`score_${measure}`];

export function createBenchmarkService({
  db,
  clock,
  minimumGroupSize,
}: {
  db: Db;
  clock: Clock;
  /** BENCHMARK_MIN_GROUP: a smaller group is never used, whatever it would show. */
  minimumGroupSize: number;
}) {
  /**
   * The most specific group holding at least the minimum number of artisans, with
   * its histograms; none when even everyone is too few. A group below the minimum
   * is skipped whole: none of its figures leaves this function. Without JIT
   * compilation: on a broad group (a sector in every chamber) PostgreSQL would
   * otherwise spend more compiling the scan than running it.
   */
  function findGroup(
    peer: PeerProfile,
    since: Date,
  ): Promise<{ group: BenchmarkGroup; histograms: Histograms } | null> {
    return analytical(db, (trx) => firstLargeEnough(trx, peer, since));
  }

  async function firstLargeEnough(executor: Executor, peer: PeerProfile, since: Date) {
    for (const scope of benchmarkScopes) {
      const histograms = await repository.groupHistograms(executor, scope, peer, since);
      const size = sizeOf(histograms.get('overall') ?? new Map());
      if (size >= minimumGroupSize) {
        return { group: { scope, size, label: groupLabel(scope, size, peer) }, histograms };
      }
    }
    return null;
  }

  function compare(
    found: { group: BenchmarkGroup; histograms: Histograms },
    scores: repository.AssessmentScores,
  ): BenchmarkComparison {
    const position = (measure: repository.Measure) =>
      positionIn(found.histograms.get(measure) ?? new Map(), scoreOf(scores, measure));
    return {
      group: found.group,
      overall: position('overall'),
      themes: themeKeys.map((key) => ({ key, ...position(key) })),
    };
  }

  /** The comparison of one of the owner's assessments; undefined when it is not theirs. */
  async function ofOwnAssessment(
    owner: Owner,
    assessmentId: string,
  ): Promise<Benchmark | undefined> {
    const found = await repository.findOwnAssessment(db, owner, assessmentId);
    if (!found) return undefined;
    const since = windowStart(clock.now());
    const group = await findGroup(found.peer, since);
    return {
      assessmentId,
      minimumGroupSize,
      since: since.toISOString(),
      comparison: group && compare(group, found.scores),
    };
  }

  return {
    ofOwnAssessment,

    async forArtisan(claims: AccessClaims, assessmentId: string): Promise<Benchmark> {
      const benchmark = await ofOwnAssessment(ownerOf(claims), assessmentId);
      if (!benchmark) {
        throw new NotFoundError('Autodiagnostic introuvable.', 'ASSESSMENT_NOT_FOUND');
      }
      return benchmark;
    },

    /** The percentile of each of the artisan's assessments against today's group. */
    async history(claims: AccessClaims): Promise<BenchmarkHistory> {
      const owner = ownerOf(claims);
      const own = await repository.findOwnHistory(db, owner);
      if (!own) throw new NotFoundError('Profil d’entreprise introuvable.', 'ARTISAN_NOT_FOUND');
      const since = windowStart(clock.now());
      const base = { minimumGroupSize, since: since.toISOString() };
      if (own.assessments.length === 0) return { ...base, group: null, points: [] };
      const found = await findGroup(own.peer, since);
      if (!found) return { ...base, group: null, points: [] };
      const percentileOf = (scores: repository.AssessmentScores, measure: repository.Measure) =>
        percentileRank(found.histograms.get(measure) ?? new Map(), scoreOf(scores, measure));
      return {
        ...base,
        group: found.group,
        points: own.assessments.map((scores) => ({
          assessmentId: scores.id,
          submittedAt: scores.submitted_at.toISOString(),
          overall: percentileOf(scores, 'overall'),
          themes: Object.fromEntries(
            themeKeys.map((key) => [key, percentileOf(scores, key)]),
          ) as Record<ThemeKey, number>,
        })),
      };
    },
  };
}

export type BenchmarkService = ReturnType<typeof createBenchmarkService>;
