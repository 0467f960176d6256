/**
 * Imports DTI results spreadsheets (CSV) into `data/editions/<year>/<table>.json`.
 *
 *   npm run import -- --edition 2025 --table provinces --file ~/Downloads/dti-2025-tinh.csv
 *   npm run import -- --registry      rebuild data/units/ and data/sources.json from data/raw/
 *   npm run import -- --all           rebuild everything from data/raw/ (the 2020–2024 record)
 *
 * The edition's `edition.json` must exist first (it gives the table's date, scale and index
 * columns). Nothing is written unless every row of every file is clean; each problem is printed
 * with file, line, unit and field.
 */
import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { editionSchema, type Ministry, type Province, type Source } from '../src/lib/data/schema.ts';
import { buildMinistries, buildProvinces } from '../src/lib/import/registry.ts';
import { formatIssue, importResultsCsv, type ImportIssue } from '../src/lib/import/results.ts';
import { parseSourceTable } from '../src/lib/import/sources.ts';
import { readJson, readText, writeJsonAtomic } from './lib.ts';

const RAW = 'data/raw';
/** Raw file name → table id, for the record in data/raw/dti/<year>/. */
const RAW_TABLES: Record<string, string> = {
	'provinces.csv': 'provinces',
	'provinces_63_pre_merger.csv': 'provinces-63',
	'ministries.csv': 'ministries',
};

function buildRegistry() {
	const provinces = buildProvinces(
		readText(`${RAW}/registry/provinces-63.csv`),
		readText(`${RAW}/registry/provinces-34.csv`),
		readText(`${RAW}/registry/provinces-2025-merger.csv`),
	);
	const ministries = buildMinistries(readText(`${RAW}/registry/ministries.csv`));
	const sources = parseSourceTable(readText(`${RAW}/dti/SOURCES.md`));
	return { provinces, ministries, sources };
}

interface Job {
	edition: number;
	table: string;
	file: string;
}

function importTables(
	jobs: Job[],
	registry: { provinces: Province[]; ministries: Ministry[]; sources: Source[] },
): { outputs: [string, unknown][]; issues: ImportIssue[] } {
	const outputs: [string, unknown][] = [];
	const issues: ImportIssue[] = [];
	const sourceKeys = new Set(registry.sources.map((s) => s.id));
	for (const job of jobs) {
		const editionPath = `data/editions/${job.edition}/edition.json`;
		if (!existsSync(editionPath)) {
			issues.push({
				file: editionPath,
				message: `missing; create it first with "npm run new-edition -- ${job.edition}"`,
			});
			continue;
		}
		// Only what the import needs; the publication fields may still be a draft.
		const parsed = editionSchema
			.pick({ year: true, scale: true, framework: true, tables: true })
			.loose()
			.safeParse(readJson(editionPath));
		if (!parsed.success) {
			for (const i of parsed.error.issues)
				issues.push({ file: editionPath, field: i.path.join('.'), message: i.message });
			continue;
		}
		const edition = parsed.data;
		const table = edition.tables.find((t) => t.id === job.table);
		if (!table) {
			issues.push({
				file: editionPath,
				field: 'tables',
				message: `no table "${job.table}" (tables: ${edition.tables.map((t) => t.id).join(', ')})`,
			});
			continue;
		}
		const result = importResultsCsv(readText(job.file), {
			file: job.file,
			edition: job.edition,
			table: job.table,
			level: table.level,
			units: table.level === 'provinces' ? registry.provinces : registry.ministries,
			asOf: table.as_of,
			pillarKeys: edition.framework.pillars.map((p) => p.key),
			indexKeys: edition.framework.indices.map((i) => i.key),
			scale: edition.scale,
			sourceKeys,
		});
		issues.push(...result.issues);
		outputs.push([`data/editions/${job.edition}/${job.table}.json`, result.table]);
	}
	return { outputs, issues };
}

function main() {
	const { values } = parseArgs({
		options: {
			all: { type: 'boolean' },
			registry: { type: 'boolean' },
			edition: { type: 'string' },
			table: { type: 'string' },
			file: { type: 'string' },
		},
	});
	const outputs: [string, unknown][] = [];
	const registry =
		values.all || values.registry
			? buildRegistry()
			: {
					provinces: readJson<Province[]>('data/units/provinces.json'),
					ministries: readJson<Ministry[]>('data/units/ministries.json'),
					sources: readJson<Source[]>('data/sources.json'),
				};
	if (values.all || values.registry) {
		outputs.push(['data/units/provinces.json', registry.provinces]);
		outputs.push(['data/units/ministries.json', registry.ministries]);
		outputs.push(['data/sources.json', registry.sources]);
	}
	const jobs: Job[] = [];
	if (values.all) {
		for (const year of readdirSync(`${RAW}/dti`).filter((d) => /^\d{4}$/.test(d))) {
			for (const [file, table] of Object.entries(RAW_TABLES)) {
				const path = `${RAW}/dti/${year}/${file}`;
				if (existsSync(path)) jobs.push({ edition: Number(year), table, file: path });
			}
		}
	} else if (values.edition || values.file) {
		if (!values.edition || !values.file)
			throw new Error('--edition and --file go together (and --table, default "provinces")');
		jobs.push({ edition: Number(values.edition), table: values.table ?? 'provinces', file: values.file });
	} else if (!values.registry) {
		console.error('Nothing to do: pass --all, --registry, or --edition YEAR --table ID --file PATH');
		process.exit(2);
	}
	const result = importTables(jobs, registry);
	if (result.issues.length) {
		console.error(`Import stopped: ${result.issues.length} problem(s); nothing was written.`);
		for (const i of result.issues) console.error(`  ${formatIssue(i)}`);
		process.exit(1);
	}
	outputs.push(...result.outputs);
	for (const [path, data] of outputs) writeJsonAtomic(path, data);
	for (const [path, data] of outputs) {
		const n = Array.isArray(data) ? data.length : (data as { rows: unknown[] }).rows.length;
		console.log(`wrote ${path} (${n} ${Array.isArray(data) ? 'entries' : 'rows'})`);
	}
}

main();
