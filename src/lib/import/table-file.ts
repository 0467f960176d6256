/**
 * Reads a results spreadsheet as the ministry publishes it into a grid of text cells, each row
 * with the place a person can find it again: the line of a CSV/TSV file, or the row of an xlsx
 * sheet. No interpretation of columns happens here (see columns.ts).
 *
 * - Text files: UTF-8 with or without BOM, UTF-16 (LE/BE, with BOM or detected), and legacy
 *   Vietnamese Windows files (Windows-1258, what Excel's plain "CSV" writes on a Vietnamese
 *   Windows) read through iconv-lite and normalised to NFC. The delimiter (`,` `;` tab) is
 *   detected from the lines' field counts.
 * - `.xlsx`: read with exceljs (maintained, MIT, reads and writes xlsx; the npm `xlsx` package
 *   is frozen at an old version with known advisories). Merged cells read as their top-left
 *   value; numbers are printed with the decimals of the cell's number format, so "0,5800"
 *   shown in Excel stays four decimals; formulas give their cached result.
 *
 * Every failure is a `TableFileError` with one plain sentence.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

/** A file larger than this is refused before it is read (a DTI table is a few dozen KB). */
export const MAX_BYTES = 5 * 1024 * 1024;
/** At most this many rows are read (a DTI table has at most a few hundred). */
export const MAX_ROWS = 2000;

export class TableFileError extends Error {
	name = 'TableFileError';
	/** Line of a text file the problem is on, when there is one. */
	line?: number;
	constructor(message: string, line?: number) {
		super(message);
		this.line = line;
	}
}

export interface GridRow {
	/** CSV line or sheet row (1-based), as a person finds it in the file. */
	line: number;
	cells: string[];
}

export interface Grid {
	kind: 'text' | 'xlsx';
	/** Encoding the text was read in ("UTF-8", "UTF-16LE", "Windows-1258"). */
	encoding?: string;
	delimiter?: string;
	sheet?: string;
	rows: GridRow[];
	/** One-line remarks worth telling the person importing (encoding read, sheet chosen). */
	notes: string[];
}

/** Megabytes, rounded up to a tenth (5,04 MB → "5,1 MB", so a file over the limit never reads as equal to it). */
const mb = (n: number) => `${String(Math.ceil((n / 1024 / 1024) * 10) / 10).replace('.', ',')} MB`;

/** Refuses a file over the size limit, with its size. */
export function checkSize(bytes: number): void {
	if (bytes > MAX_BYTES)
		throw new TableFileError(
			`is ${mb(bytes)}; an import accepts at most ${mb(MAX_BYTES)} (a DTI table is a few dozen KB): is this the right file?`,
		);
}

/** True when the bytes start like a zip archive (xlsx, also an .xlsx renamed .csv). */
export function isZip(buf: Uint8Array): boolean {
	return buf.length > 3 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

/** Decodes a text file, naming the encoding it was read in. */
export function decodeText(buf: Uint8Array): { text: string; encoding: string; notes: string[] } {
	const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
	if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
		return { text: utf8(b.subarray(3)), encoding: 'UTF-8', notes: [] };
	if (b[0] === 0xff && b[1] === 0xfe)
		return { text: b.subarray(2).toString('utf16le'), encoding: 'UTF-16LE', notes: [] };
	if (b[0] === 0xfe && b[1] === 0xff)
		return { text: iconv.decode(b.subarray(2), 'utf16be'), encoding: 'UTF-16BE', notes: [] };
	// UTF-16 without a BOM: every other byte of ASCII text is zero.
	const sample = b.subarray(0, 2000);
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < sample.length; i++) {
		if (sample[i] !== 0) continue;
		if (i % 2) oddZero++;
		else evenZero++;
	}
	if (oddZero > sample.length / 4) return { text: b.toString('utf16le'), encoding: 'UTF-16LE', notes: [] };
	if (evenZero > sample.length / 4)
		return { text: iconv.decode(b, 'utf16be'), encoding: 'UTF-16BE', notes: [] };
	if (evenZero + oddZero > 0)
		throw new TableFileError(
			'is not a text table (it contains binary data); save it from Excel as "CSV UTF-8" or .xlsx',
		);
	try {
		return { text: utf8(b), encoding: 'UTF-8', notes: [] };
	} catch {
		const text = iconv.decode(b, 'windows1258').normalize('NFC');
		return {
			text,
			encoding: 'Windows-1258',
			notes: [
				'is not UTF-8; read as Windows-1258 (Vietnamese Windows). If names look wrong, save it from Excel as "CSV UTF-8 (Comma delimited)" and import again.',
			],
		};
	}
}

function utf8(b: Buffer): string {
	return new TextDecoder('utf-8', { fatal: true }).decode(b).normalize('NFC');
}

/** Splits one line on a delimiter outside double quotes (for delimiter detection only). */
function countFields(line: string, d: string): number {
	let n = 1;
	let quoted = false;
	for (const ch of line) {
		if (ch === '"') quoted = !quoted;
		else if (ch === d && !quoted) n++;
	}
	return n;
}

/**
 * Picks the delimiter under which the most of the first lines share one field count above 1
 * (a `;` file with decimal commas: `;` gives every line the same count, `,` does not count the
 * header's columns).
 */
export function detectDelimiter(text: string): string {
	const lines = text
		.split(/\r?\n/)
		.filter((l) => l.trim() !== '')
		.slice(0, 30);
	let best = { d: ',', score: -1, width: 0 };
	for (const d of ['\t', ';', ',']) {
		const counts = lines.map((l) => countFields(l, d));
		const freq = new Map<number, number>();
		for (const c of counts) if (c > 1) freq.set(c, (freq.get(c) ?? 0) + 1);
		let mode = 0;
		let score = 0;
		for (const [c, f] of freq) if (f > score || (f === score && c > mode)) [mode, score] = [c, f];
		if (score > best.score || (score === best.score && mode > best.width)) best = { d, score, width: mode };
	}
	return best.d;
}

/** Parses delimited text into rows with their line numbers. */
export function parseDelimited(input: string): { delimiter: string; rows: GridRow[] } {
	// One form for every letter: "Đà Nẵng" typed with combining marks (NFD) reads as the precomposed one.
	const text = input.normalize('NFC');
	const delimiter = detectDelimiter(text);
	const lineCount = text.split('\n').length;
	if (lineCount > MAX_ROWS + 50)
		throw new TableFileError(
			`has ${lineCount.toLocaleString('en')} lines; an import accepts at most ${MAX_ROWS.toLocaleString('en')} rows (a DTI table has a few hundred at most)`,
		);
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(text.replace(/^\uFEFF/, ''), {
			delimiter,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: false,
			trim: true,
			info: true,
		}) as unknown as typeof records; // csv-parse's types miss the `info: true` overload
	} catch (e) {
		const err = e as { lines?: number; code?: string; message: string };
		const why =
			err.code === 'CSV_QUOTE_NOT_CLOSED'
				? 'a quote (") is opened and never closed'
				: err.message.replace(/^[A-Za-z]+:\s*/, '').split('\n')[0];
		throw new TableFileError(
			`cannot be read as ${delimiterName(delimiter)}-separated text: ${why}`,
			err.lines,
		);
	}
	return { delimiter, rows: records.map((r) => ({ line: r.info.lines, cells: r.record })) };
}

export function delimiterName(d: string): string {
	return d === '\t' ? 'tab' : d === ';' ? 'semicolon' : 'comma';
}

/** Number of decimals an Excel number format shows ("0.0000" → 4, "General" → undefined). */
function formatDecimals(numFmt: string | undefined): number | undefined {
	if (!numFmt) return undefined;
	const m = /0[.,](0+)/.exec(numFmt);
	return m ? m[1].length : /^0$|^#,##0$/.test(numFmt) ? 0 : undefined;
}

/** The text of an exceljs cell value. */
export function cellText(value: unknown, numFmt?: string): string {
	if (value == null) return '';
	if (typeof value === 'number') {
		const d = formatDecimals(numFmt);
		return d !== undefined ? value.toFixed(d) : String(Number(value.toPrecision(12)));
	}
	if (typeof value === 'string') return value.normalize('NFC').trim();
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
		if (v.richText)
			return v.richText
				.map((r) => r.text)
				.join('')
				.normalize('NFC')
				.trim();
		if ('result' in v) return cellText(v.result, numFmt);
		if (v.error) return v.error;
		if (v.text !== undefined) return cellText(v.text, numFmt);
	}
	return String(value);
}

/**
 * Reads the rows of an xlsx workbook's sheet: the named one, or else the first sheet for which
 * `pick` returns true (the first sheet when none does).
 */
export async function readXlsx(
	buf: Uint8Array,
	sheetName: string | undefined,
	pick: (rows: GridRow[]) => boolean,
): Promise<Grid> {
	const { default: ExcelJS } = await import('exceljs');
	const wb = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as never);
	} catch (e) {
		throw new TableFileError(
			`cannot be read as an Excel workbook (.xlsx): ${(e as Error).message.split('\n')[0]}`,
		);
	}
	const sheets = wb.worksheets;
	if (!sheets.length) throw new TableFileError('has no sheets');
	const names = sheets.map((s) => `"${s.name}"`).join(', ');
	const read = (ws: (typeof sheets)[number]): GridRow[] => {
		if (ws.rowCount > MAX_ROWS)
			throw new TableFileError(
				`sheet "${ws.name}" has ${ws.rowCount.toLocaleString('en')} rows; an import accepts at most ${MAX_ROWS.toLocaleString('en')}`,
			);
		const rows: GridRow[] = [];
		const width = Math.min(ws.columnCount, 200);
		for (let r = 1; r <= ws.rowCount; r++) {
			const row = ws.getRow(r);
			const cells: string[] = [];
			for (let c = 1; c <= width; c++) {
				const cell = row.getCell(c);
				cells.push(cellText(cell.value, cell.numFmt ?? cell.master?.numFmt));
			}
			rows.push({ line: r, cells });
		}
		return rows;
	};
	if (sheetName !== undefined) {
		const ws =
			sheets.find((s) => s.name === sheetName) ??
			sheets.find((s) => s.name.trim().toLowerCase() === sheetName.trim().toLowerCase());
		if (!ws) throw new TableFileError(`has no sheet "${sheetName}" (sheets: ${names})`);
		return { kind: 'xlsx', sheet: ws.name, rows: read(ws), notes: [] };
	}
	for (const ws of sheets) {
		const rows = read(ws);
		if (pick(rows))
			return {
				kind: 'xlsx',
				sheet: ws.name,
				rows,
				notes:
					sheets.length > 1
						? [`has ${sheets.length} sheets (${names}); read "${ws.name}" (choose another with --sheet)`]
						: [],
			};
	}
	return { kind: 'xlsx', sheet: sheets[0].name, rows: read(sheets[0]), notes: [] };
}

/** Reads a results file (xlsx, CSV, TSV) from its bytes into a grid. */
export async function readGrid(
	buf: Uint8Array,
	name: string,
	opts: { sheet?: string; pick?: (rows: GridRow[]) => boolean } = {},
): Promise<Grid> {
	checkSize(buf.byteLength);
	const lower = name.toLowerCase();
	if (isZip(buf)) return readXlsx(buf, opts.sheet, opts.pick ?? (() => true));
	if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm'))
		throw new TableFileError(
			'has the .xlsx extension but is not an Excel workbook (not a zip archive); open it in Excel and save it again as .xlsx',
		);
	if (lower.endsWith('.xls') || (buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0))
		throw new TableFileError(
			'is an old Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx (Excel Workbook) or "CSV UTF-8"',
		);
	if (
		lower.endsWith('.ods') ||
		lower.endsWith('.numbers') ||
		lower.endsWith('.pdf') ||
		lower.endsWith('.docx')
	)
		throw new TableFileError('is not a table format the importer reads; save it as .xlsx or "CSV UTF-8"');
	const { text, encoding, notes } = decodeText(buf);
	if (text.trim() === '') throw new TableFileError('is empty');
	const { delimiter, rows } = parseDelimited(text);
	return { kind: 'text', encoding, delimiter, rows, notes };
}
