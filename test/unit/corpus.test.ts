/**
 * The bad-input corpus (test/fixtures/bad-input/): every file a publisher might feed the
 * importer, the data check or the narrative, each with the one plain message it must produce.
 * For every case: the message is there, no stack trace is printed, and data/ is unchanged (the
 * importer runs on a copy of data/; the real data/ is hashed too). xlsx cases are built here
 * with exceljs. Builds over bad input (dist/ unchanged) and an interrupted build are in
 * test/build/build-safety.test.ts.
 *
 * DTI_CORPUS_TABLE=path writes "input → message" as a Markdown table (for the issue note).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDataIssue } from '../../src/lib/data/invariants.ts';
import { checkDataDir } from '../../src/lib/data/load.ts';
import { checkMdx } from '../../src/lib/narrative/safety.ts';
import { narrativeSchema } from '../../src/lib/narrative/schema.ts';
import { runImport } from '../../scripts/import-dti.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'test/fixtures/bad-input');
const work = mkdtempSync(join(tmpdir(), 'dti-corpus-'));
const table: [string, string][] = [];

/** Hash of every file under data/ of a root (what must not change). */
function hashData(root: string): string {
	const h = createHash('sha256');
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else h.update(relative(root, p)).update(readFileSync(p));
		}
	};
	for (const d of ['data/units', 'data/editions']) walk(join(root, d));
	h.update(readFileSync(join(root, 'data/sources.json')));
	return h.digest('hex');
}

/** A fresh copy of the data/ the checks read. */
function copyData(name: string): string {
	const root = join(work, name);
	for (const d of ['data/units', 'data/editions']) cpSync(join(ROOT, d), join(root, d), { recursive: true });
	cpSync(join(ROOT, 'data/sources.json'), join(root, 'data/sources.json'));
	return root;
}

const STACK =
	/^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$|^(Type|Reference|Syntax|Range)Error\b|node:internal/m;

let importRoot: string;
let importHash: string;
const realHash = hashData(ROOT);

beforeAll(() => {
	importRoot = copyData('import');
	importHash = hashData(importRoot);
});
afterAll(() => {
	rmSync(work, { recursive: true, force: true });
	if (process.env.DTI_CORPUS_TABLE)
		writeFileSync(
			process.env.DTI_CORPUS_TABLE,
			[
				'| input | message |',
				'| --- | --- |',
				...table.map(([i, m]) => `| ${i} | ${m.replace(/\|/g, '\\|')} |`),
			].join('\n') + '\n',
		);
});

async function importLines(args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = await runImport(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, importRoot);
	return { status, out, err };
}

/** Runs the importer and checks message, exit status, no stack trace and data unchanged. */
async function expectImportRefused(label: string, args: string[], expected: string) {
	const r = await importLines(args);
	const text = [...r.out, ...r.err].join('\n');
	expect(r.status, text).not.toBe(0);
	expect(text).toContain(expected);
	expect(text).not.toMatch(STACK);
	expect(r.err.every((l) => l.length < 600 && !l.includes('\n'))).toBe(true);
	expect(hashData(importRoot)).toBe(importHash);
	const message = r.err.find((l) => l.includes(expected)) ?? r.err[0];
	table.push([label, message.trim().replace(`${CORPUS}/`, '')]);
}

const fx = (name: string) => join(CORPUS, 'import', name);
const e2022 = (name: string, ...more: string[]) => ['--edition', '2022', '--file', fx(name), ...more];

/** [fixture, importer arguments, part of the message]. */
const IMPORT_FILES: [string, string[], string][] = [
	[
		'header-only.csv',
		e2022('header-only.csv'),
		'header-only.csv:1: has a header but no rows of results; nothing to import',
	],
	['empty.csv', e2022('empty.csv'), 'empty.csv: is empty'],
	['blank-lines.csv', e2022('blank-lines.csv'), 'blank-lines.csv: is empty'],
	['no-header.csv', e2022('no-header.csv'), 'no-header.csv: no header row found in the first 15 rows'],
	[
		'no-name-column.csv',
		e2022('no-name-column.csv'),
		'no-name-column.csv: no header row found in the first 15 rows: it needs a column for the unit name',
	],
	['only-title.csv', e2022('only-title.csv'), 'only-title.csv: no header row found'],
	[
		'title-rows-too-many.csv',
		e2022('title-rows-too-many.csv'),
		'title-rows-too-many.csv: no header row found in the first 15 rows',
	],
	[
		'unknown-column.csv',
		e2022('unknown-column.csv'),
		`unknown-column.csv:1 field "smart_city": column 4 is not part of edition 2022's framework (it has values from line 2); expected "Xếp hạng"`,
	],
	[
		'duplicate-column.csv',
		e2022('duplicate-column.csv'),
		'duplicate-column.csv:1 field "Điểm": columns 3 ("Chỉ số DTI") and 4 both read as "total"; keep one',
	],
	[
		'decimal-comma-unquoted.csv',
		e2022('decimal-comma-unquoted.csv'),
		'decimal-comma-unquoted.csv:2 (TP. Đà Nẵng): has 4 cells but the header has 3 columns: decimal commas in a comma-separated file? Save it with ";" as separator, or quote the numbers ("0,8002")',
	],
	[
		'extra-cells.csv',
		e2022('extra-cells.csv'),
		'extra-cells.csv:2 (TP. Đà Nẵng): has 4 cells but the header has 3 columns',
	],
	[
		'quote-not-closed.csv',
		e2022('quote-not-closed.csv'),
		'quote-not-closed.csv:3: cannot be read as comma-separated text: a quote (") is opened and never closed',
	],
	[
		'windows-1258.csv',
		e2022('windows-1258.csv'),
		'Import stopped: 1 problem(s) (file read as Windows-1258); nothing was written.',
	],
	[
		'utf16le-bom.txt',
		e2022('utf16le-bom.txt'),
		'utf16le-bom.txt:2 (TP. Đà Nẵng) field "total": 80.02 is outside the edition\'s scale 0–1',
	],
	[
		'utf16le-no-bom.csv',
		e2022('utf16le-no-bom.csv'),
		'utf16le-no-bom.csv:2 (TP. Đà Nẵng) field "total": "x" is not a number',
	],
	[
		'utf16be-bom.csv',
		e2022('utf16be-bom.csv'),
		'Import stopped: 1 problem(s) (file read as UTF-16BE); nothing was written.',
	],
	['binary.csv', e2022('binary.csv'), 'binary.csv: is not a text table (it contains binary data)'],
	[
		'text-named.xlsx',
		e2022('text-named.xlsx'),
		'text-named.xlsx: has the .xlsx extension but is not an Excel workbook (not a zip archive)',
	],
	[
		'old-excel.xls',
		e2022('old-excel.xls'),
		'old-excel.xls: is an old Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx',
	],
	['report.pdf', e2022('report.pdf'), 'report.pdf: is not a table format the importer reads'],
	['corrupt.xlsx', e2022('corrupt.xlsx'), 'corrupt.xlsx: cannot be read as an Excel workbook (.xlsx)'],
	[
		'out-of-scale.csv',
		e2022('out-of-scale.csv'),
		'out-of-scale.csv:2 (TP. Đà Nẵng) field "total": 80.02 is outside the edition\'s scale 0–1',
	],
	[
		'negative-score.csv',
		e2022('negative-score.csv'),
		'negative-score.csv:2 (TP. Đà Nẵng) field "total": -0.1 is outside the edition\'s scale 0–1',
	],
	[
		'not-a-number.csv',
		e2022('not-a-number.csv'),
		'not-a-number.csv:2 (TP. Đà Nẵng) field "total": "n/a" is not a number',
	],
	[
		'semicolon-bad-decimal.csv',
		e2022('semicolon-bad-decimal.csv'),
		'semicolon-bad-decimal.csv:2 (TP. Đà Nẵng) field "total": "0,80,02" is not a number',
	],
	[
		'tab-out-of-scale.tsv',
		e2022('tab-out-of-scale.tsv'),
		'tab-out-of-scale.tsv:2 (TP. Đà Nẵng) field "total": 80.02 is outside',
	],
	[
		'bad-rank.csv',
		e2022('bad-rank.csv'),
		'bad-rank.csv:2 (TP. Đà Nẵng) field "rank": "x" is not a rank (a whole number from 1)',
	],
	['rank-zero.csv', e2022('rank-zero.csv'), 'rank-zero.csv:2 (TP. Đà Nẵng) field "rank": "0" is not a rank'],
	[
		'rank-fraction.csv',
		e2022('rank-fraction.csv'),
		'rank-fraction.csv:2 (TP. Đà Nẵng) field "rank": "1.5" is not a rank',
	],
	[
		'unknown-name.csv',
		e2022('unknown-name.csv'),
		'unknown-name.csv:2 (Hà Tây) field "name": "Hà Tây" matches no unit valid on 2022-12-31; add the printed form to the unit\'s aliases in data/units/',
	],
	['empty-name.csv', e2022('empty-name.csv'), 'empty-name.csv:2 field "name": the unit name is empty'],
	[
		'unknown-unit-id.csv',
		e2022('unknown-unit-id.csv'),
		'unknown-unit-id.csv:2 (ha-tay) field "unit": "ha-tay" is not a unit id in data/units/',
	],
	[
		'unit-not-valid-on-date.csv',
		e2022('unit-not-valid-on-date.csv'),
		'unit-not-valid-on-date.csv:2 (Đà Nẵng) field "unit": unit is not valid on the table\'s date 2022-12-31 (valid 2025-07-01 to now)',
	],
	[
		'former-unit-2024.csv',
		['--edition', '2024', '--file', fx('former-unit-2024.csv')],
		'former-unit-2024.csv:2 (Quảng Nam) field "name": "Quảng Nam" is quang-nam, which did not exist on 2025-07-01 (valid … to 2025-06-30)',
	],
	[
		'duplicate-unit.csv',
		e2022('duplicate-unit.csv'),
		'duplicate-unit.csv:3 (Đà Nẵng) field "unit": unit appears twice in the table (also line 2)',
	],
	[
		'rank-total-disagree.csv',
		e2022('rank-total-disagree.csv'),
		'rank-total-disagree.csv:3 (TP. Hồ Chí Minh) field "rank": rank 2 with total 0.9 is above da-nang\'s total 0.7 at rank 1',
	],
	[
		'tie-different-totals.csv',
		e2022('tie-different-totals.csv'),
		'tie-different-totals.csv:3 (TP. Hồ Chí Minh) field "total": shares rank 1 with da-nang but their totals differ (0.7163 vs 0.8002)',
	],
	[
		'rank-beyond-size.csv',
		e2022('rank-beyond-size.csv'),
		'rank-beyond-size.csv:2 (TP. Đà Nẵng) field "rank": rank 70 is beyond the 63 units ranked',
	],
	[
		'bad-source-key.csv',
		e2022('bad-source-key.csv'),
		'bad-source-key.csv:2 (TP. Đà Nẵng) field "sources": source key "S9" is not in data/sources.json',
	],
	[
		'bad-rank-basis.csv',
		e2022('bad-rank-basis.csv'),
		'bad-rank-basis.csv:2 (TP. Đà Nẵng) field "rank_basis": "guessed" is not one of published, position',
	],
	[
		'bad-group.csv',
		e2022('bad-group.csv', '--table', 'ministries'),
		'bad-group.csv:2 (Bộ Tài chính) field "group": "nhóm A" is not a ministry group (public-services or no-public-services)',
	],
	[
		'too-many-rows.csv',
		e2022('too-many-rows.csv'),
		'too-many-rows.csv: has 2,102 lines; an import accepts at most 2,000 rows',
	],
	['ten-rows.csv', e2022('ten-rows.csv'), 'rows: 63 → 10 (0 added, 53 removed); 0 value(s) changed'],
	['dti-2024-into-2022.csv', e2022('dti-2024-into-2022.csv'), 'rows: 63 → 34 (0 added, 29 removed)'],
	[
		'drops-total-column.csv',
		e2022('drops-total-column.csv'),
		'column "total" had 63 value(s) and would have none',
	],
	[
		'drops-rank-column.csv',
		e2022('drops-rank-column.csv'),
		'column "rank" had 63 value(s) and would have none',
	],
	['changed-value.csv', e2022('changed-value.csv'), 'TP. Đà Nẵng (da-nang) total: 0.8002 → 0.81'],
];

describe('bad files given to the importer', { timeout: 30_000 }, () => {
	it('the corpus covers every fixture file', () => {
		expect(IMPORT_FILES.map(([f]) => f).sort()).toEqual(readdirSync(join(CORPUS, 'import')).sort());
	});
	it.each(IMPORT_FILES)('%s', async (name, args, expected) => expectImportRefused(name, args, expected));

	it('a file that would change committed data says how to accept it', async () => {
		const r = await importLines(e2022('changed-value.csv'));
		expect(r.err[0]).toBe(
			'Import stopped: the file changes data already in data/editions/2022/provinces.json; nothing was written.',
		);
		expect(r.err.at(-1)).toBe('Check the changes with --dry-run; pass --replace to accept them.');
	});
});

describe('bad command lines', { timeout: 30_000 }, () => {
	const CASES: [string, string[], string][] = [
		['a missing file', ['--edition', '2022', '--file', fx('nope.csv')], 'nope.csv: no such file'],
		['a folder', ['--edition', '2022', '--file', join(CORPUS, 'import')], 'import: is a folder, not a file'],
		['--file without --edition', ['--file', fx('empty.csv')], 'Import stopped: --file needs --edition YEAR'],
		['--edition without --file', ['--edition', '2022'], 'Import stopped: --edition needs --file PATH'],
		[
			'a misspelt option',
			['--edition', '2022', '--fiel', 'x.csv'],
			'Import stopped: unknown option --fiel; the options are --edition',
		],
		[
			'--file with no value',
			['--edition', '2022', '--file'],
			'Import stopped: option --file needs a value (a path)',
		],
		[
			'a stray argument',
			['x.csv'],
			'Import stopped: unexpected argument x.csv; give the file with --file PATH',
		],
		[
			'an edition that is not a year',
			['--edition', '22', '--file', fx('empty.csv')],
			'Import stopped: --edition "22" is not a year such as 2025',
		],
		[
			'an edition that does not exist',
			['--edition', '2031', '--file', fx('empty.csv')],
			'Import stopped: data/editions/2031/edition.json does not exist; create the edition first with "npm run new-edition -- 2031"',
		],
		[
			'an unknown table',
			['--edition', '2022', '--table', 'tinh', '--file', fx('empty.csv')],
			'Import stopped: edition 2022 has no table "tinh" (its tables: provinces, ministries); choose one with --table',
		],
		['no arguments', [], 'Import stopped: nothing to do.'],
	];
	it.each(CASES)('%s', async (label, args, expected) => expectImportRefused(label, args, expected));

	it('a 6 MB file is refused before it is read', async () => {
		const big = join(work, 'huge.csv');
		writeFileSync(big, 'rank,name,total\n');
		truncateSync(big, 6 * 1024 * 1024);
		await expectImportRefused(
			'a 6 MB file',
			['--edition', '2022', '--file', big],
			'huge.csv: is 6 MB; an import accepts at most 5 MB',
		);
	});
});

/** A workbook with one sheet of rows (arrays of cell values). */
async function workbook(
	name: string,
	rows: unknown[][],
	edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<string> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Kết quả');
	for (const r of rows) ws.addRow(r);
	edit?.(ws);
	const file = join(work, name);
	writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
	return file;
}

describe('bad xlsx workbooks (built with exceljs)', { timeout: 30_000 }, () => {
	const HEAD = ['STT', 'Tỉnh, thành phố', 'Xếp hạng', 'Chỉ số DTI'];
	it('no header row', async () => {
		const f = await workbook('no-header.xlsx', [['Bảng 1'], [1, 'TP. Đà Nẵng', 1, 0.8002]]);
		await expectImportRefused(
			'xlsx without a header row',
			['--edition', '2022', '--file', f],
			'no-header.xlsx [Kết quả]: no header row found in the first 15 rows',
		);
	});
	it('a value outside the scale, named by sheet row', async () => {
		const f = await workbook('scale.xlsx', [['BẢNG XẾP HẠNG DTI 2022'], HEAD, [1, 'TP. Đà Nẵng', 1, 80.02]]);
		await expectImportRefused(
			'xlsx with 80,02 on the 0–1 scale',
			['--edition', '2022', '--file', f],
			'scale.xlsx [Kết quả] row 3 (TP. Đà Nẵng) field "total": 80.02 is outside the edition\'s scale 0–1',
		);
	});
	it('an error cell (#N/A)', async () => {
		const f = await workbook('na.xlsx', [HEAD, [1, 'TP. Đà Nẵng', 1, { error: '#N/A' }]]);
		await expectImportRefused(
			'xlsx with a #N/A cell',
			['--edition', '2022', '--file', f],
			'na.xlsx [Kết quả] row 2 (TP. Đà Nẵng) field "total": "#N/A" is not a number',
		);
	});
	it('a sheet that is not there', async () => {
		const f = await workbook('sheet.xlsx', [HEAD]);
		await expectImportRefused(
			'xlsx with --sheet "DTI"',
			['--edition', '2022', '--file', f, '--sheet', 'DTI'],
			'sheet.xlsx: has no sheet "DTI" (sheets: "Kết quả")',
		);
	});
	it('too many rows', async () => {
		const rows = [HEAD, ...Array.from({ length: 2100 }, (_, i) => [i + 1, 'TP. Đà Nẵng', i + 1, 0.5])];
		const f = await workbook('rows.xlsx', rows);
		await expectImportRefused(
			'xlsx with 2,101 rows',
			['--edition', '2022', '--file', f],
			'rows.xlsx: sheet "Kết quả" has 2,101 rows; an import accepts at most 2,000',
		);
	});
	it('a merged header over a column outside the framework', async () => {
		const f = await workbook(
			'merged.xlsx',
			[
				[...HEAD, 'Thành phố thông minh', ''],
				['', '', '', '', 'Điểm', 'Xếp hạng'],
				[1, 'TP. Đà Nẵng', 1, 0.8002, 0.5, 3],
			],
			(ws) => ws.mergeCells('E1:F1'),
		);
		await expectImportRefused(
			'xlsx with a merged "Thành phố thông minh" header',
			['--edition', '2022', '--file', f],
			'merged.xlsx [Kết quả] row 1 field "Thành phố thông minh Điểm": column 5 is not part of edition 2022\'s framework',
		);
	});
	it('a duplicated unit, named by both sheet rows', async () => {
		const f = await workbook('dup.xlsx', [HEAD, [1, 'TP. Đà Nẵng', 1, 0.8002], [2, 'Đà Nẵng', 2, 0.7]]);
		await expectImportRefused(
			'xlsx with Đà Nẵng twice',
			['--edition', '2022', '--file', f],
			'dup.xlsx [Kết quả] row 3 (Đà Nẵng) field "unit": unit appears twice in the table (also row 2)',
		);
	});
});

/** [fixture under data/, file of data/ it replaces, part of the message]. */
const DATA_FILES: [string, string, string][] = [
	[
		'sources-invalid-json.json',
		'data/sources.json',
		`data/sources.json:3:2: invalid JSON: Expected ',' or ']' after array element`,
	],
	[
		'sources-trailing-comma.json',
		'data/sources.json',
		"data/sources.json:4:1: invalid JSON: Unexpected token ']'",
	],
	['sources-truncated.json', 'data/sources.json', 'data/sources.json:'],
	['sources-empty.json', 'data/sources.json', 'data/sources.json: the file is empty; it must hold JSON'],
	[
		'sources-null.json',
		'data/sources.json',
		'data/sources.json: must be a list ([…]) of entries, but is null',
	],
	[
		'provinces-object.json',
		'data/units/provinces.json',
		'data/units/provinces.json: must be a list ([…]) of entries, but is an object',
	],
	[
		'table-as-list.json',
		'data/editions/2022/provinces.json',
		'data/editions/2022/provinces.json: must be a JSON object ({…}), but is a list',
	],
	[
		'sources-javascript-url.json',
		'data/sources.json',
		'data/sources.json › P22 › field "url": must be an http:// or https:// address',
	],
	[
		'sources-data-url.json',
		'data/sources.json',
		'data/sources.json › P22 › field "url": must be an http:// or https:// address',
	],
	[
		'sources-relative-url.json',
		'data/sources.json',
		'data/sources.json › P22 › field "url": must be an http:// or https:// address',
	],
	[
		'edition-javascript-source.json',
		'data/editions/2022/edition.json',
		'data/editions/2022/edition.json › field "published.sources.0": must be an http:// or https:// address',
	],
	[
		'edition-national-ftp-source.json',
		'data/editions/2022/edition.json',
		'data/editions/2022/edition.json › field "national.sources.0": must be an http:// or https:// address',
	],
	[
		'edition-mailto-source.json',
		'data/editions/2022/edition.json',
		'data/editions/2022/edition.json › field "published.sources.0": must be an http:// or https:// address',
	],
	[
		'lineage-cycle.json',
		'data/units/provinces.json',
		'data/units/provinces.json › da-nang › field "successors": lineage goes in a circle: da-nang → da-nang-2025 → da-nang',
	],
	[
		'lineage-self-successor.json',
		'data/units/provinces.json',
		'data/units/provinces.json › ha-noi › field "successors": the unit lists itself among its successors',
	],
	[
		'lineage-self-predecessor.json',
		'data/units/provinces.json',
		'data/units/provinces.json › ha-noi › field "predecessors": the unit lists itself among its predecessors',
	],
	[
		'successor-starts-early.json',
		'data/units/provinces.json',
		'data/units/provinces.json › da-nang › field "successors": successor "da-nang-2025" starts 2025-01-01, before this unit ends (2025-06-30)',
	],
	[
		'successor-without-end.json',
		'data/units/provinces.json',
		'data/units/provinces.json › ha-noi › field "successors": has successor "da-nang-2025" but no end date (valid_to)',
	],
	[
		'successor-unknown.json',
		'data/units/provinces.json',
		'data/units/provinces.json › ha-noi › field "successors": unknown unit "ha-noi-2030"',
	],
	[
		'table-no-rows.json',
		'data/editions/2022/provinces.json',
		'data/editions/2022/edition.json › provinces › field "results_published": data/editions/2022/provinces.json has no rows: import the results, or set "results_published": false',
	],
	[
		'results-published-false-with-rows.json',
		'data/editions/2022/edition.json',
		'data/editions/2022/edition.json › ministries › field "results_published": is false but data/editions/2022/ministries.json has 5 rows',
	],
	[
		'rank-as-text.json',
		'data/editions/2022/provinces.json',
		'data/editions/2022/provinces.json › da-nang › field "rank": Invalid input: expected number, received string',
	],
	[
		'row-unknown-field.json',
		'data/editions/2022/provinces.json',
		'data/editions/2022/provinces.json › ho-chi-minh: Unrecognized key: "totl"',
	],
	[
		'table-duplicate-unit.json',
		'data/editions/2022/provinces.json',
		'field "unit": unit appears twice in the table',
	],
	[
		'table-rank-order.json',
		'data/editions/2022/provinces.json',
		'data/editions/2022/provinces.json › ho-chi-minh › field "rank": rank 2 with total 0.9 is above da-nang\'s total 0.8002 at rank 1',
	],
	[
		'table-out-of-scale.json',
		'data/editions/2022/provinces.json',
		'data/editions/2022/provinces.json › da-nang › field "total": 80.02 is outside the scale 0–1',
	],
	[
		'edition-bad-date.json',
		'data/editions/2022/edition.json',
		'data/editions/2022/edition.json › field "published.date": Invalid ISO date',
	],
	[
		'table-more-rows-than-size.json',
		'data/editions/2024/provinces-63.json',
		'data/editions/2024/provinces-63.json › field "rows": lists 64 units but edition.json says the table ranks 63',
	],
	[
		'edition-nothing-to-show',
		'data/editions/2022',
		'data/editions/2022/edition.json › field "tables": edition 2022 has nothing to show: every results table is empty',
	],
];

describe('bad data files (npm run check:data, and the build before it starts)', { timeout: 30_000 }, () => {
	it('the corpus covers every fixture', () => {
		expect(DATA_FILES.map(([f]) => f).sort()).toEqual(readdirSync(join(CORPUS, 'data')).sort());
	});
	it.each(DATA_FILES)('%s', (name, target, expected) => {
		const root = copyData(name);
		cpSync(join(CORPUS, 'data', name), join(root, target), { recursive: true });
		const before = hashData(root);
		const lines = checkDataDir(root).map(formatDataIssue);
		const text = lines.join('\n');
		expect(text).toContain(expected);
		expect(text).not.toMatch(STACK);
		expect(lines.length).toBeLessThan(10);
		expect(lines.every((l) => !l.includes('\n'))).toBe(true);
		expect(hashData(root)).toBe(before);
		table.push([`data/${name} as ${target}`, lines.find((l) => l.includes(expected))!]);
		rmSync(root, { recursive: true, force: true });
	});
});

/** [fixture under mdx/, part of the message]. */
const MDX_FILES: [string, string][] = [
	[
		'script.mdx',
		'script.mdx:14:1: raw <script> is not allowed in narrative text; the site adds its own scripts. For numbers use <Value>',
	],
	['script-inline.mdx', 'script-inline.mdx:12:18: raw <script> is not allowed'],
	['script-uppercase.mdx', 'script-uppercase.mdx:14:1: raw <script> is not allowed'],
	[
		'iframe.mdx',
		'iframe.mdx:14:1: raw <iframe> is not allowed in narrative text; link to the page instead, or use a chart component',
	],
	['iframe-nested.mdx', 'iframe-nested.mdx:13:3: raw <iframe> is not allowed'],
	[
		'style.mdx',
		'style.mdx:14:1: raw <style> is not allowed in narrative text; the site stylesheet styles every component',
	],
	[
		'onclick.mdx',
		'onclick.mdx:12:1: the onClick attribute on <div> is not allowed (no event handlers in narrative text)',
	],
	['img-onerror.mdx', 'img-onerror.mdx:12:1: the onError attribute on <img> is not allowed'],
	['unclosed-tag.mdx', 'unclosed-tag.mdx:12:1: the MDX cannot be read: Expected a closing tag for `<b>`'],
	[
		'frontmatter-javascript-url.mdx',
		'sources.0.url: source url must be an absolute http:// or https:// URL (https://…)',
	],
	[
		'frontmatter-data-url.mdx',
		'sources.0.url: source url must be an absolute http:// or https:// URL (https://…)',
	],
];

describe('bad narrative (content/*.mdx)', () => {
	it('the corpus covers every fixture', () => {
		expect(MDX_FILES.map(([f]) => f).sort()).toEqual(readdirSync(join(CORPUS, 'mdx')).sort());
	});
	it.each(MDX_FILES)('%s', (name, expected) => {
		const text = readFileSync(join(CORPUS, 'mdx', name), 'utf8');
		const file = `content/articles/${name}`;
		const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]);
		const parsed = narrativeSchema.safeParse(front);
		const lines = [
			...(parsed.success ? [] : parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`)),
			...checkMdx(text, file),
		];
		expect(lines.join('\n')).toContain(expected);
		expect(lines.join('\n')).not.toMatch(STACK);
		expect(hashData(ROOT)).toBe(realHash);
		table.push([`mdx/${name}`, lines.find((l) => l.includes(expected))!]);
	});
});

describe('the real data/', () => {
	it('is unchanged by the whole corpus', () => {
		expect(hashData(ROOT)).toBe(realHash);
	});
	it('the corpus has at least 60 files', () => {
		const count = (d: string): number =>
			readdirSync(d, { withFileTypes: true }).reduce(
				(n, e) => n + (e.isDirectory() ? count(join(d, e.name)) : 1),
				0,
			);
		expect(count(CORPUS)).toBeGreaterThanOrEqual(60);
	});
});
