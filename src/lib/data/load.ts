/**
 * The one way from files to model: reads data/ (below a project root), checks each file against
 * its schema, then the dataset invariants, and builds the model. Content collections
 * (src/lib/data/collections.ts), astro.config.mjs, the CLI scripts and the tests all come
 * through here, so no path skips the checks.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { editionSchema, ministrySchema, provinceSchema, resultTableSchema, sourceSchema } from './schema.ts';
import { checkDataset, DataError, type DataIssue, type RawDataset } from './invariants.ts';
import { buildDataset, type Dataset } from './model.ts';
import { readJsonFile } from './json.ts';


/** Reads data/ (relative to `root`) into a raw dataset, collecting schema problems (no invariants). */
export function readDataDir(root: string): { raw: RawDataset; issues: DataIssue[]; registryUnreadable: boolean } {
	const issues: DataIssue[] = [];
	let registryUnreadable = false;
	const invalid = new Set<string>();
	const parse = <S extends z.ZodType>(
		schema: S,
		value: unknown,
		file: string,
		entry?: string,
	): z.output<S> | undefined => {
		const r = schema.safeParse(value);
		if (r.success) return r.data;
		for (const i of r.error.issues)
			issues.push({ file, entry, field: i.path.join('.') || undefined, message: i.message });
		return undefined;
	};
	/** The file's JSON, or undefined with the problem recorded (file:line:column for syntax). */
	const readJson = (file: string): unknown => {
		const r = readJsonFile(resolve(root, file), file);
		if ('value' in r) return r.value;
		issues.push({ file: r.at, message: r.error });
		return undefined;
	};
	const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);
	const list = <S extends z.ZodType>(schema: S, file: string): z.output<S>[] => {
		const items = readJson(file);
		if (!Array.isArray(items)) {
			if (items !== undefined) issues.push({ file, message: `must be a list ([…]) of entries, but is ${kind(items)}` });
			registryUnreadable = true;
			return [];
		}
		return items.flatMap((item, n) => {
			const id = (item as { id?: unknown } | null)?.id?.toString();
			const entry = parse(schema, item, file, id ?? `#${n + 1}`);
			// Entries that failed are reported once; what cites them is not reported again.
			if (!entry && id) invalid.add(`${file}#${id}`);
			return entry ?? [];
		});
	};
	const raw: RawDataset = {
		provinces: list(provinceSchema, 'data/units/provinces.json'),
		ministries: list(ministrySchema, 'data/units/ministries.json'),
		sources: list(sourceSchema, 'data/sources.json'),
		editions: [],
		tables: [],
		unreadable: invalid,
	};
	const editionsDir = resolve(root, 'data/editions');
	for (const year of existsSync(editionsDir) ? readdirSync(editionsDir).sort() : []) {
		for (const name of readdirSync(resolve(editionsDir, year)).filter((f) => f.endsWith('.json'))) {
			const file = `data/editions/${year}/${name}`;
			const value = readJson(file);
			if (value === undefined) {
				raw.unreadable!.add(file);
				continue;
			}
			if (typeof value !== 'object' || value === null || Array.isArray(value)) {
				issues.push({ file, message: `must be a JSON object ({…}), but is ${kind(value)}` });
				raw.unreadable!.add(file);
				continue;
			}
			if (name === 'edition.json') {
				const e = parse(editionSchema, value, file);
				if (e) raw.editions.push(e);
				else raw.unreadable!.add(file);
			} else {
				const before = issues.length;
				const t = parse(resultTableSchema, value, file);
				if (t) raw.tables.push({ ...t, file });
				else raw.unreadable!.add(file);
				// Name the row's unit instead of its index: rows.5.total → entry "da-nang", field "total".
				const rows = (value as { rows?: { unit?: string }[] }).rows;
				for (const i of issues.slice(before)) {
					const m = /^rows\.(\d+)\.?(.*)$/.exec(i.field ?? '');
					if (m && rows?.[Number(m[1])]) {
						i.entry = rows[Number(m[1])].unit ?? `row ${Number(m[1]) + 1}`;
						i.field = m[2] || undefined;
					}
				}
			}
		}
	}
	return { raw, issues, registryUnreadable };
}

/**
 * Invariant problems, unless the registry or sources could not be read at all: every row would
 * then be reported as naming an unknown unit, burying the one real problem.
 */
function invariants(raw: RawDataset, registryUnreadable: boolean): DataIssue[] {
	return registryUnreadable ? [] : checkDataset(raw);
}

/** Schema problems and invariant problems of the data folder below `root` (empty when sound). */
export function checkDataDir(root: string): DataIssue[] {
	const { raw, issues, registryUnreadable } = readDataDir(root);
	return [...issues, ...invariants(raw, registryUnreadable)];
}

/**
 * The raw data below `root` once it passed every check; throws a `DataError` listing every
 * problem (file, entry, field) otherwise.
 */
export function readCheckedData(root: string): RawDataset {
	const { raw, issues, registryUnreadable } = readDataDir(root);
	const all = [...issues, ...invariants(raw, registryUnreadable)];
	if (all.length) throw new DataError(all);
	return raw;
}

/** Size and modification time of every file below data/ (what a change to the data changes). */
function dataStamp(root: string): string {
	const parts: string[] = [];
	const walk = (dir: string) => {
		if (!existsSync(dir)) return;
		for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const p = resolve(dir, e.name);
			if (e.isDirectory()) walk(p);
			else {
				const st = statSync(p);
				parts.push(`${p}:${st.size}:${st.mtimeMs}`);
			}
		}
	};
	walk(resolve(root, 'data'));
	return parts.join('|');
}

const ONCE = Symbol.for('dti.checkedData');
type OnceSlot = { [ONCE]?: { root: string; stamp: string; raw: RawDataset } };

/**
 * `readCheckedData` once per process while data/ is unchanged: astro.config.mjs and the content
 * collections' loader run in one Astro process but load this module separately (Vite loads the
 * config on its own), so the result is kept on `globalThis`. A changed, added or removed file
 * (size or modification time) reads and checks again. The result is shared: do not change it.
 */
export function readCheckedDataOnce(root: string): RawDataset {
	const slot = globalThis as OnceSlot;
	root = resolve(root);
	const stamp = dataStamp(root);
	const hit = slot[ONCE];
	if (hit && hit.root === root && hit.stamp === stamp) return hit.raw;
	const raw = readCheckedData(root);
	slot[ONCE] = { root, stamp, raw };
	return raw;
}

/** The dataset model of the data below `root`, after every check (throws `DataError`). */
export function loadDataset(root: string): Dataset {
	return buildDataset(readCheckedDataOnce(root));
}
