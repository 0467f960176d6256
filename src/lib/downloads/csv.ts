/**
 * CSV as spreadsheet programs and parsers both read it: UTF-8 with a byte-order mark (so Excel
 * shows Vietnamese correctly), comma separator, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, numbers with a decimal point, empty cells only where a status
 * field says why.
 */
import type { Cell, DataRecord, Field } from './records.ts';

export const BOM = '\uFEFF';

function cell(v: Cell): string {
	if (v === null) return '';
	const s = typeof v === 'number' ? String(v) : typeof v === 'boolean' ? (v ? 'true' : 'false') : v;
	return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text of records under the fields' names (header first). */
export function toCsv(fields: Field[], records: DataRecord[]): string {
	const lines = [fields.map((f) => cell(f.name)).join(',')];
	for (const r of records) lines.push(fields.map((f) => cell(r[f.name] ?? null)).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}
