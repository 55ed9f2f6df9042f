import type { Commune } from '@capnum/contracts';
import { api } from './api-client.ts';

/** Communes of the official list whose name or postcode starts with `query` (`GET /api/communes?q=`). */
export async function searchCommunes(query: string, signal: AbortSignal): Promise<Commune[]> {
  const { communes } = await api.get<{ communes: Commune[] }>(
    `/api/communes?q=${encodeURIComponent(query)}`,
    { signal },
  );
  return communes;
}
