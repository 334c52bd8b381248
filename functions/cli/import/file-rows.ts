import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { IMPORT_ERRORS } from '../../domain/import/import.errors';
import type { ImportRow } from '../../domain/import/import.rules';
import { CrmError } from '../../domain/shared/errors';

/** A spreadsheet as headers plus rows; `rows()` may be read more than once (a counting pass, then the import). */
export interface RowSource {
  headers: string[];
  rows(): AsyncIterable<ImportRow>;
}

export async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function openRowSource(path: string): Promise<RowSource> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return openCsv(path);
  if (ext === '.xlsx') return openXlsx(path);
  throw new CrmError(IMPORT_ERRORS.unsupportedFile, { file: path });
}

/** Excel on Chinese Windows saves "CSV" as GB18030; exports from web apps are UTF-8 (often with a BOM). */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function openCsv(path: string): Promise<RowSource> {
  const text = decodeCsv(readFileSync(path));
  async function* records(): AsyncGenerator<{ line: number; cells: string[] }> {
    const parser = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, cells: record.map((c) => c.trim()) };
    }
  }
  const first = await records().next();
  if (first.done) throw new CrmError(IMPORT_ERRORS.emptyFile);
  return {
    headers: first.value.cells,
    async *rows() {
      let header = true;
      for await (const { line, cells } of records()) {
        if (header) header = false;
        else if (cells.some((c) => c !== '')) yield { rowNumber: line, cells };
      }
    },
  };
}

/** What a cell shows: rich text joined, links as their text, formulas as their result, numbers as written. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).trim();
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
  if (v.richText) return v.richText.map((r) => r.text).join('').trim();
  if (v.text !== undefined) return cellText(v.text);
  if ('result' in v) return cellText(v.result);
  return '';
}

async function openXlsx(path: string): Promise<RowSource> {
  /** The first worksheet, streamed: a 100,000-row workbook is never held in memory. */
  async function* sheetRows(): AsyncGenerator<{ number: number; cells: string[] }> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' });
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const values = (row.values as unknown[]).slice(1);
        yield { number: row.number, cells: Array.from({ length: values.length }, (_, i) => cellText(values[i])) };
      }
      return;
    }
  }
  let headers: string[] | undefined;
  let headerRow = 0;
  for await (const row of sheetRows()) {
    if (row.cells.some((c) => c !== '')) {
      headers = row.cells;
      headerRow = row.number;
      break;
    }
  }
  if (!headers) throw new CrmError(IMPORT_ERRORS.emptyFile);
  return {
    headers,
    async *rows() {
      for await (const row of sheetRows()) {
        if (row.number > headerRow && row.cells.some((c) => c !== '')) yield { rowNumber: row.number, cells: row.cells };
      }
    },
  };
}
