/**
 * Reads a large result a batch at a time, on both databases: each batch is
 * one query that starts after the last row of the previous one (keyset
 * pagination, `where key > last order by key limit size`), so memory stays
 * bounded by the batch size whatever the result's size, and no transaction
 * or cursor stays open between batches. PGlite's `.stream()` loads the whole
 * result before it yields, which is why exports use this.
 *
 * `page(after, size)` must order by the key and keep only rows after `after`
 * (all rows when it is undefined); the key must be unique.
 */
export async function* keysetBatches<Row, Key>(
  page: (after: Key | undefined, size: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  size = 1000,
): AsyncGenerator<Row[]> {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`Taille de lot invalide : ${size}.`);
  let after: Key | undefined;
  for (;;) {
    const rows = await page(after, size);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1] as Row);
  }
}

/** The rows of `keysetBatches` one by one. */
export async function* keysetRows<Row, Key>(
  page: (after: Key | undefined, size: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  size = 1000,
): AsyncGenerator<Row> {
  for await (const batch of keysetBatches(page, keyOf, size)) yield* batch;
}
