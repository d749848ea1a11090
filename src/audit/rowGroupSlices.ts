import type { AsyncBuffer, RowGroup } from 'hyparquet';

/**
 * @internal Where to cut a Parquet row group's rows so that each read of its text columns holds
 * about `sliceBytes` of text: the ends of the slices (row numbers within the group, the last one
 * the group's row count), cut only where a page of the largest column starts (from its offset
 * index), so that no page is decompressed twice. A row group is read whole when it holds less
 * than twice `sliceBytes`, when that column has no offset index, or when a column read has a
 * dictionary page (which every slice would decode again).
 *
 * Why: a row group's pages are decompressed into the reader's text arena before any of its rows is
 * handed on, so the arena holds the whole group: 4.5 MB of text per group of the dense bench corpus
 * (20,000 rows, five pages of about 1 MB), in the thread that also reads and audits.
 *
 * @example
 * ```ts
 * // A 20,000-row group of five pages of 4,000 rows, 4.5 MB of text, slices of 1 MiB:
 * await rowGroupSlices(file, group, ['text'], 1 << 20); // [4000, 8000, 12000, 16000, 20000]
 * ```
 */
export async function rowGroupSlices(file: AsyncBuffer, group: RowGroup, columns: readonly string[], sliceBytes: number): Promise<number[]> {
  const rows = Number(group.num_rows);
  const whole = [rows];
  const chunks = group.columns.filter((c) => c.meta_data && columns.includes(c.meta_data.path_in_schema[0]!));
  if (chunks.length === 0 || chunks.some((c) => c.meta_data!.dictionary_page_offset)) return whole;
  const largest = chunks.reduce((a, b) => (b.meta_data!.total_uncompressed_size > a.meta_data!.total_uncompressed_size ? b : a));
  const textBytes = Number(largest.meta_data!.total_uncompressed_size);
  if (textBytes < 2 * sliceBytes || !largest.offset_index_offset || !largest.offset_index_length) return whole;
  const { readOffsetIndex } = await import('hyparquet');
  const start = Number(largest.offset_index_offset);
  const index = await file.slice(start, start + largest.offset_index_length);
  const pages = readOffsetIndex({ view: new DataView(index), offset: 0 }).page_locations;
  // A dictionary page before the first data page (some writers leave `dictionary_page_offset` unset).
  if (pages.length === 0 || Number(pages[0]!.offset) > Number(largest.meta_data!.data_page_offset)) return whole;
  const bytesPerRow = textBytes / rows;
  const ends: number[] = [];
  let from = 0;
  for (let i = 1; i < pages.length; i++) {
    const at = Number(pages[i]!.first_row_index);
    if ((at - from) * bytesPerRow >= sliceBytes && rows - at > 0) {
      ends.push(at);
      from = at;
    }
  }
  ends.push(rows);
  return ends;
}
