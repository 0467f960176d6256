/**
 * Imports a DTI results spreadsheet (xlsx, CSV or TSV, as the ministry publishes it) into
 * `data/editions/<year>/<table>.json`.
 *
 *   npm run import -- --edition 2025 --file ~/Downloads/dti-2025-tinh.xlsx           (table provinces)
 *   npm run import -- --edition 2025 --table ministries --file bo.csv --dry-run       (show, write nothing)
 *   npm run import -- --edition 2022 --file corrected.xlsx --replace                  (accept changes)
 *   npm run import -- --registry      rebuild data/units/ and data/sources.json from data/raw/
 *   npm run import -- --registry --dry-run   (say which of them would change, write nothing)
 *   npm run import -- --all           rebuild everything from data/raw/ (the 2020–2024 record)
 *
 * The edition's `edition.json` must exist first (it gives the table's date, scale and
 * framework). The whole table is checked with the rest of the dataset before anything is
 * written; each problem is one line naming file, line (or sheet row), unit and field. Every
 * failure is a plain message, never a stack trace.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { editionSchema, type Ministry, type Province, type Source } from '../src/lib/data/schema.ts';
import { describePlan, planImport } from '../src/lib/import/plan.ts';
import { buildMinistries, buildProvinces } from '../src/lib/import/registry.ts';
import { findHeader } from '../src/lib/import/columns.ts';
import {
	formatIssue,
	importResults,
	importResultsCsv,
	type ImportIssue,
	type ResultsImport,
} from '../src/lib/import/results.ts';
import { mergeSources, parseSourceTable } from '../src/lib/import/sources.ts';
import { checkSize, readGrid, TableFileError } from '../src/lib/import/table-file.ts';
import { readDataDir } from '../src/lib/data/load.ts';
import { jsonText, writeJsonAtomic, ROOT } from './lib.ts';

/** Lines of a list printed before "… and N more". */
export const MAX_LISTED = 20;

const RAW = 'data/raw';
/** Raw file name → table id, for the record in data/raw/dti/<year>/. */
const RAW_TABLES: Record<string, string> = {
	'provinces.csv': 'provinces',
	'provinces_63_pre_merger.csv': 'provinces-63',
	'ministries.csv': 'ministries',
};

const USAGE =
	'Usage: npm run import -- --edition YEAR [--table provinces|ministries|…] --file PATH [--sheet NAME] [--dry-run] [--replace]\n' +
	'       npm run import -- --all | --registry [--dry-run]';

export interface Io {
	out: (line: string) => void;
	err: (line: string) => void;
}

/** A failure the person importing can act on: printed as one line, exit status 1 (2 for usage). */
class Stop extends Error {
	status: number;
	constructor(message: string, status = 1) {
		super(message);
		this.status = status;
	}
}

function printList(print: (line: string) => void, lines: string[]) {
	for (const l of lines.slice(0, MAX_LISTED)) print(`  ${l}`);
	if (lines.length > MAX_LISTED) print(`  … and ${lines.length - MAX_LISTED} more`);
}

function readJsonAt<T>(root: string, path: string): T {
	const text = readFileSync(resolve(root, path), 'utf8');
	try {
		return JSON.parse(text) as T;
	} catch (e) {
		throw new Stop(
			`${path}: ${(e as Error).message.split('\n')[0]}; run "npm run check:data" for the line and column`,
		);
	}
}

function buildRegistry(root: string) {
	const read = (p: string) => readFileSync(resolve(root, RAW, p), 'utf8');
	const provinces = buildProvinces(
		read('registry/provinces-63.csv'),
		read('registry/provinces-34.csv'),
		read('registry/provinces-2025-merger.csv'),
	);
	const ministries = buildMinistries(
		read('registry/ministries.csv'),
		// The editors' reader text for the registry's research wording (not a copy of an upstream file).
		readFileSync(resolve(root, 'data/ministries-reader.json'), 'utf8'),
	);
	// Addresses and research notes from SOURCES.md; the citations (publisher, title, date) are the editors'.
	const sources = mergeSources(
		parseSourceTable(read('dti/SOURCES.md')),
		readJsonAt<Source[]>(root, 'data/sources.json'),
	);
	return { provinces, ministries, sources };
}

type Registry = { provinces: Province[]; ministries: Ministry[]; sources: Source[] };

/** The edition.json parts an import needs, or a Stop naming what is wrong. */
function loadEdition(root: string, year: number, tableId: string) {
	const editionPath = `data/editions/${year}/edition.json`;
	if (!existsSync(resolve(root, editionPath)))
		throw new Stop(
			`${editionPath} does not exist; create the edition first with "npm run new-edition -- ${year}"`,
		);
	const parsed = editionSchema
		.pick({ year: true, scale: true, framework: true, tables: true })
		.loose()
		.safeParse(readJsonAt(root, editionPath));
	if (!parsed.success) {
		const i = parsed.error.issues[0];
		throw new Stop(`${editionPath} field "${i.path.join('.')}": ${i.message}; run "npm run check:data"`);
	}
	const edition = parsed.data;
	const spec = edition.tables.find((t) => t.id === tableId);
	if (!spec)
		throw new Stop(
			`edition ${year} has no table "${tableId}" (its tables: ${edition.tables.map((t) => t.id).join(', ')}); choose one with --table`,
		);
	return { edition, spec, editionPath };
}

function importOptions(
	file: string,
	year: number,
	ed: ReturnType<typeof loadEdition>,
	registry: Registry,
	extra: { sheet?: string; existing?: ResultsImport['table']; allowEmpty?: boolean } = {},
) {
	const { edition, spec } = ed;
	return {
		file,
		edition: year,
		table: spec.id,
		level: spec.level,
		units: spec.level === 'provinces' ? registry.provinces : registry.ministries,
		asOf: spec.as_of,
		pillarKeys: edition.framework.pillars.map((p) => p.key),
		indexKeys: edition.framework.indices.map((i) => i.key),
		framework: edition.framework,
		scale: edition.scale,
		sourceKeys: new Set(registry.sources.map((s) => s.id)),
		...extra,
	};
}

/**
 * Rebuilds data/ from data/raw/ (--all) or only the registry (--registry). With `dryRun`, says
 * which files would change and writes nothing.
 */
function rebuild(root: string, all: boolean, io: Io, dryRun = false): number {
	const registry = buildRegistry(root);
	const outputs: [string, unknown][] = [
		['data/units/provinces.json', registry.provinces],
		['data/units/ministries.json', registry.ministries],
		['data/sources.json', registry.sources],
	];
	const issues: ImportIssue[] = [];
	if (all) {
		for (const year of readdirSync(resolve(root, RAW, 'dti')).filter((d) => /^\d{4}$/.test(d))) {
			for (const [name, tableId] of Object.entries(RAW_TABLES)) {
				const path = `${RAW}/dti/${year}/${name}`;
				if (!existsSync(resolve(root, path))) continue;
				const ed = loadEdition(root, Number(year), tableId);
				const r = importResultsCsv(
					readFileSync(resolve(root, path), 'utf8'),
					importOptions(path, Number(year), ed, registry, {
						allowEmpty: ed.spec.results_published === false,
					}),
				);
				issues.push(...r.issues);
				outputs.push([`data/editions/${year}/${tableId}.json`, r.table]);
			}
		}
	}
	if (issues.length) {
		io.err(`Import stopped: ${issues.length} problem(s); nothing was written.`);
		printList(io.err, issues.map(formatIssue));
		return 1;
	}
	const count = (data: unknown) => {
		const n = Array.isArray(data) ? data.length : (data as { rows: unknown[] }).rows.length;
		return `${n} ${Array.isArray(data) ? 'entries' : 'rows'}`;
	};
	if (dryRun) {
		for (const [path, data] of outputs) {
			const full = resolve(root, path);
			const now = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
			const state = now === undefined ? 'new file' : now === jsonText(data) ? 'unchanged' : 'would change';
			io.out(`${path} (${count(data)}): ${state}`);
		}
		io.out('Dry run: nothing was written.');
		return 0;
	}
	for (const [path, data] of outputs) writeJsonAtomic(resolve(root, path), data);
	for (const [path, data] of outputs) io.out(`wrote ${path} (${count(data)})`);
	return 0;
}

interface FileJob {
	edition: number;
	table: string;
	file: string;
	sheet?: string;
	dryRun: boolean;
	replace: boolean;
}

async function importFile(root: string, job: FileJob, io: Io): Promise<number> {
	const ed = loadEdition(root, job.edition, job.table);
	const target = `data/editions/${job.edition}/${job.table}.json`;
	const { raw, issues: dataIssues } = readDataDir(root);
	if (dataIssues.some((i) => i.file.startsWith('data/units/') || i.file === 'data/sources.json'))
		throw new Stop(
			`the registry in data/units/ or data/sources.json has problems; fix them first (npm run check:data)`,
		);
	const registry: Registry = { provinces: raw.provinces, ministries: raw.ministries, sources: raw.sources };
	// A draft edition (publication fields still blank) fails its schema; its framework and tables
	// are enough to check the imported table.
	if (!raw.editions.some((e) => e.year === job.edition))
		raw.editions.push(ed.edition as (typeof raw.editions)[number]);
	const existing = raw.tables.find((t) => t.edition === job.edition && t.table === job.table);

	// npm runs scripts from the project folder; a relative path is meant from where npm was called.
	const from = process.env.npm_lifecycle_event === 'import' ? process.env.INIT_CWD : undefined;
	const path = resolve(from ?? process.cwd(), job.file);
	let stat;
	try {
		stat = statSync(path);
	} catch {
		throw new Stop(`${job.file}: no such file`);
	}
	if (stat.isDirectory()) throw new Stop(`${job.file}: is a folder, not a file; give the spreadsheet's path`);
	const fail = (e: unknown): never => {
		if (e instanceof TableFileError) throw new Stop(`${job.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
		throw e;
	};
	try {
		checkSize(stat.size);
	} catch (e) {
		fail(e);
	}
	const opts = importOptions(job.file, job.edition, ed, registry, { existing });
	const grid = await readGrid(readFileSync(path), job.file, {
		sheet: job.sheet,
		pick: (rows) => findHeader(rows, ed.edition.framework) !== undefined,
	}).catch(fail);
	const where = { file: job.file, ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}) };
	const result = importResults(grid, { ...opts, sheet: grid.sheet });
	const fileNotes = grid.notes.map(
		(n) => `${job.file}${grid.sheet !== undefined && !n.startsWith('has') ? ` [${grid.sheet}]` : ''} ${n}`,
	);
	const notes = [...fileNotes, ...result.notes.map(formatIssue)];
	const plan = result.issues.length
		? undefined
		: planImport(raw, { path: target, edition: job.edition, table: job.table }, result, where);
	const issues = [...result.issues, ...(plan?.issues ?? [])];
	if (notes.length) {
		io.out(`Notes (${notes.length}):`);
		printList(io.out, notes);
	}
	if (issues.length) {
		const encoding = grid.encoding && grid.encoding !== 'UTF-8' ? ` (file read as ${grid.encoding})` : '';
		io.err(`Import stopped: ${issues.length} problem(s)${encoding}; nothing was written.`);
		printList(io.err, issues.map(formatIssue));
		return 1;
	}
	const p = plan!;
	const rowsBefore = existing?.rows.length ?? 0;
	const rowsAfter = result.table.rows.length;
	const size = ed.spec.size;
	if (size !== undefined && rowsAfter < size)
		io.out(`Note: ${target} will have ${rowsAfter} rows; edition.json says the table ranks ${size} units.`);
	if (p.unchanged) {
		io.out(`${target} is already up to date (${rowsAfter} rows); nothing was written.`);
		return 0;
	}
	if (job.dryRun) {
		io.out(`Dry run: ${target} would change; nothing was written.`);
		for (const l of describePlan(p, rowsBefore, rowsAfter, MAX_LISTED)) io.out(`  ${l}`);
		if (p.needsReplace) io.out('Writing these changes needs --replace.');
		return 0;
	}
	if (p.needsReplace && !job.replace) {
		io.err(`Import stopped: the file changes data already in ${target}; nothing was written.`);
		for (const l of describePlan(p, rowsBefore, rowsAfter, MAX_LISTED)) io.err(`  ${l}`);
		io.err('Check the changes with --dry-run; pass --replace to accept them.');
		return 1;
	}
	writeJsonAtomic(resolve(root, target), result.table);
	io.out(
		`wrote ${target} (${rowsAfter} rows: ${p.added.length} added, ${p.removed.length} removed, ${p.changes.length} value(s) changed)`,
	);
	return 0;
}

/** Runs the importer on command-line arguments; returns the exit status. Never throws. */
export async function runImport(argv: string[], io: Io, root: string = ROOT): Promise<number> {
	try {
		let values;
		try {
			({ values } = parseArgs({
				args: argv,
				options: {
					all: { type: 'boolean' },
					registry: { type: 'boolean' },
					edition: { type: 'string' },
					table: { type: 'string' },
					file: { type: 'string' },
					sheet: { type: 'string' },
					'dry-run': { type: 'boolean' },
					replace: { type: 'boolean' },
					help: { type: 'boolean', short: 'h' },
				},
			}));
		} catch (e) {
			const m = /'(-{1,2}[^' ]+)[^']*'/.exec((e as Error).message);
			const code = (e as { code?: string }).code;
			if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
				throw new Stop(
					`unknown option ${m?.[1] ?? ''}; the options are --edition, --table, --file, --sheet, --dry-run, --replace, --all, --registry`,
					2,
				);
			if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
				throw new Stop(
					`option ${m?.[1] ?? ''} needs a value (${m?.[1] === '--file' ? 'a path' : 'see --help'})`,
					2,
				);
			if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
				throw new Stop(
					`unexpected argument ${/'([^']*)'/.exec((e as Error).message)?.[1] ?? ''}; give the file with --file PATH`,
					2,
				);
			throw new Stop((e as Error).message, 2);
		}
		if (values.help) {
			io.out(USAGE);
			return 0;
		}
		if (values.all || values.registry) return rebuild(root, !!values.all, io, !!values['dry-run']);
		if (!values.file && !values.edition) throw new Stop(`nothing to do.\n${USAGE}`, 2);
		if (!values.file) throw new Stop('--edition needs --file PATH (the spreadsheet to import)', 2);
		if (!values.edition)
			throw new Stop(
				'--file needs --edition YEAR (the edition the results belong to, e.g. --edition 2025)',
				2,
			);
		if (!/^\d{4}$/.test(values.edition))
			throw new Stop(`--edition "${values.edition}" is not a year such as 2025`, 2);
		return await importFile(
			root,
			{
				edition: Number(values.edition),
				table: values.table ?? 'provinces',
				file: values.file,
				sheet: values.sheet,
				dryRun: !!values['dry-run'],
				replace: !!values.replace,
			},
			io,
		);
	} catch (e) {
		if (e instanceof Stop) {
			const [first, ...rest] = e.message.split('\n');
			io.err(`Import stopped: ${first}`);
			for (const l of rest) io.err(l);
			return e.status;
		}
		const err = e as NodeJS.ErrnoException;
		if (err?.code === 'EACCES') {
			io.err(`Import stopped: permission denied: ${err.path ?? ''}`);
			return 1;
		}
		io.err(
			`Import stopped by an unexpected error: ${err?.message?.split('\n')[0] ?? String(e)}. Nothing was written; please report this with the file.`,
		);
		return 1;
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const status = await runImport(process.argv.slice(2), {
		out: (l) => console.log(l),
		err: (l) => console.error(l),
	});
	process.exitCode = status;
}
