/**
 * CSV reading for the importers: csv-parse (a maintained RFC 4180 parser) with the header row
 * as keys, plus the 1-based line number of each record so errors can name the row.
 */
import { parse } from 'csv-parse/sync';

export interface CsvRecord {
	/** Line in the file where the record starts (header is line 1). */
	line: number;
	values: Record<string, string>;
}

/** Parses CSV text (UTF-8, header row, BOM tolerated) into records with line numbers. */
export function readCsv(text: string): { header: string[]; records: CsvRecord[] } {
	const rows: { record: Record<string, string>; info: { lines: number } }[] = parse(text, {
		columns: true,
		bom: true,
		skip_empty_lines: true,
		trim: true,
		info: true,
	});
	const header = text
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/, 1)[0]
		.split(',')
		.map((h) => h.trim());
	return {
		header,
		records: rows.map((r) => ({ line: r.info.lines, values: r.record })),
	};
}
