import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';

// Characters that need no attention inside an unquoted field.
const UNQUOTED_RUN = /[^,\r\n"]*/y;

/** One CSV record with the 1-based line on which it starts (records may span lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** A problem found while reading CSV; parsing continues after it. */
export interface CsvIssue {
  line: number;
  message: string;
}

/**
 * An incremental RFC 4180 parser: feed it chunks of any size (a quoted field may span chunks and
 * lines), collect complete records. Quotes inside quoted fields are doubled (`""`); CRLF and LF both
 * end records. A stray quote inside an unquoted field, or text after a closing quote, is kept
 * verbatim and reported as an issue rather than thrown, so one bad row cannot hide the rest.
 *
 * @example
 * ```ts
 * const parser = createCsvParser();
 * const records = [...parser.push('a,"b\n'), ...parser.push('c"\n'), ...parser.end()];
 * // [{ fields: ['a', 'b\nc'], line: 1 }]
 * ```
 */
export function createCsvParser(): {
  push(chunk: string): CsvRecord[];
  end(): CsvRecord[];
  readonly issues: CsvIssue[];
} {
  const issues: CsvIssue[] = [];
  let fields: string[] = [];
  let field = '';
  // Field state: 'start' (nothing read yet), 'unquoted', 'quoted', 'quote' (saw a quote inside a quoted field).
  let state: 'start' | 'unquoted' | 'quoted' | 'quote' = 'start';
  let line = 1;
  let recordLine = 1;
  let pendingCR = false;
  let recordHasContent = false;

  const endField = () => {
    fields.push(field);
    field = '';
    state = 'start';
  };
  const endRecord = (out: CsvRecord[]) => {
    endField();
    // A completely empty line is not a record (RFC 4180 has none; editors add them at the end).
    if (recordHasContent || fields.length > 1) out.push({ fields, line: recordLine });
    fields = [];
    recordHasContent = false;
    recordLine = line;
  };

  function push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (pendingCR) {
        pendingCR = false;
        if (ch === '\n') continue; // CRLF already ended the record at the CR
      }
      if (state === 'quoted') {
        if (ch === '"') {
          state = 'quote';
          continue;
        }
        // Copy the run up to the next quote in one slice (fields can be kilobytes long).
        const close = chunk.indexOf('"', i);
        const end = close === -1 ? chunk.length : close;
        const run = chunk.slice(i, end);
        field += run;
        for (let j = run.indexOf('\n'); j !== -1; j = run.indexOf('\n', j + 1)) line++;
        i = end - 1;
        continue;
      }
      if (state === 'quote') {
        if (ch === '"') {
          field += '"';
          state = 'quoted';
          continue;
        }
        if (ch !== ',' && ch !== '\n' && ch !== '\r') {
          issues.push({ line: recordLine, message: `text after a closing quote in field ${fields.length + 1}` });
          field += ch;
          state = 'unquoted';
          continue;
        }
        // fall through: the quoted field ended
      }
      if (ch === ',') {
        recordHasContent = true;
        endField();
      } else if (ch === '\n' || ch === '\r') {
        line++;
        if (ch === '\r') pendingCR = true;
        endRecord(out);
      } else if (ch === '"' && state === 'start') {
        recordHasContent = true;
        state = 'quoted';
      } else {
        if (ch === '"') issues.push({ line: recordLine, message: `stray quote in unquoted field ${fields.length + 1}` });
        recordHasContent = true;
        state = 'unquoted';
        // Copy the run of ordinary characters in one slice.
        UNQUOTED_RUN.lastIndex = i;
        const m = UNQUOTED_RUN.exec(chunk);
        const end = m && m.index === i ? i + Math.max(1, m[0].length) : i + 1;
        field += chunk.slice(i, end);
        i = end - 1;
      }
    }
    return out;
  }

  function end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (state === 'quoted') issues.push({ line: recordLine, message: 'unterminated quoted field at end of input' });
    if (recordHasContent || field !== '' || fields.length > 0) endRecord(out);
    return out;
  }

  return { push, end, issues };
}

/**
 * Parses a whole CSV string into records (see {@link createCsvParser}); `issues` lists malformed spots.
 *
 * @example
 * ```ts
 * const { records } = parseCsv('a,b\n1,"x, ""y"""\n');
 * // records[1].fields -> ['1', 'x, "y"']
 * ```
 */
export function parseCsv(text: string): { records: CsvRecord[]; issues: CsvIssue[] } {
  const parser = createCsvParser();
  const records = [...parser.push(text), ...parser.end()];
  return { records, issues: parser.issues };
}

/** A CSV row as an object keyed by header, with its starting line. */
export interface CsvRow {
  values: Record<string, string>;
  line: number;
}

/** Result of reading a CSV file with a header row. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Rows whose field count differs from the header, with their line; they are not in `rows`. */
  malformed: Array<{ line: number; reason: string }>;
}

/**
 * Streams a CSV file with a header row (a UTF-8 BOM is ignored) and returns its rows as objects.
 * Rows with the wrong number of fields and quoting problems are collected in `malformed`, never
 * silently dropped. Throws `InputError` (naming the file) only when the file has no header.
 *
 * @example
 * ```ts
 * const table = await readCsvTable('results/mcq.csv');
 * console.log(table.rows[0]?.values.question_id, table.malformed.length);
 * ```
 */
export async function readCsvTable(file: string, options: { signal?: AbortSignal } = {}): Promise<CsvTable> {
  const parser = createCsvParser();
  const records: CsvRecord[] = [];
  const stream = createReadStream(file, { encoding: 'utf8', signal: options.signal });
  let first = true;
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    first = false;
    for (const record of parser.push(text)) records.push(record);
  }
  for (const record of parser.end()) records.push(record);
  const headerRecord = records.shift();
  if (!headerRecord) throw new InputError('empty CSV file (no header row)', { file, line: 1 });
  const header = headerRecord.fields;
  const malformed: CsvTable['malformed'] = parser.issues.map((issue) => ({ line: issue.line, reason: issue.message }));
  const badLines = new Set(malformed.map((m) => m.line));
  const rows: CsvRow[] = [];
  for (const record of records) {
    if (record.fields.length !== header.length) {
      malformed.push({
        line: record.line,
        reason: `expected ${header.length} fields (header), got ${record.fields.length}`,
      });
      continue;
    }
    if (badLines.has(record.line)) continue;
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      values[name] = record.fields[i]!;
    });
    rows.push({ values, line: record.line });
  }
  malformed.sort((a, b) => a.line - b.line);
  return { header, rows, malformed };
}
