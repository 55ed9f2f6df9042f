import type { Commune } from '@capnum/contracts';
import { api } from '../../../lib/api-client.ts';

export async function searchCommunes(query: string, signal: AbortSignal): Promise<Commune[]> {
  const { communes } = await api.get<{ communes: Commune[] }>(
    `/api/communes?q=${encodeURIComponent(query)}`,
    { signal },
  );
  return communes;
}
