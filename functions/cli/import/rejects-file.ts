import { renameSync, writeFileSync } from 'node:fs';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/**
 * `行号, 原因` and then the row as it was: UTF-8 with a BOM so Excel opens it in Chinese. Unknown
 * columns are ignored by the importer, so the fixed-up file can be imported again as it is.
 */
export function writeRejectsFile(path: string, headers: readonly string[], rejected: readonly { row: number; reason: string; cells: readonly string[] }[]): void {
  const lines = [csvLine(['行号', '原因', ...headers]), ...[...rejected].sort((a, b) => a.row - b.row).map((r) => csvLine([String(r.row), r.reason, ...r.cells]))];
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `\uFEFF${lines.join('\r\n')}\r\n`);
  renameSync(temporary, path);
}
