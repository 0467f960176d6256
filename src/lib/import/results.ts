/**
 * Turns one results spreadsheet (a grid from table-file.ts: CSV, TSV or an xlsx sheet, one row
 * per unit, as the ministry publishes it) into a normalised results table. Every problem is
 * reported with file, line (or sheet row), unit and field; the caller writes nothing unless the
 * whole table is clean (see plan.ts for the checks against the rest of the dataset).
 */
import { nameKey } from '../slug.ts';
import type { Level, MinistryGroup, ResultRow, ResultTable } from '../data/schema.ts';
import { rankBasis } from '../data/schema.ts';
import { validOn } from '../data/validity.ts';
import { expectedColumns, findHeader, HEADER_SEARCH, type FrameworkNames } from './columns.ts';
import { parseDelimited, type Grid } from './table-file.ts';

export interface ImportIssue {
	file: string;
	/** Sheet of an xlsx workbook; `line` is then the sheet row. */
	sheet?: string;
	line?: number;
	entry?: string;
	field?: string;
	message: string;
}

/**
 * Formats an issue as one line: "file:line (entry) field: message", or for a workbook
 * "file [sheet] row N (entry) field: message".
 */
export function formatIssue(i: ImportIssue): string {
	const place =
		i.sheet !== undefined ? ` [${i.sheet}]${i.line ? ` row ${i.line}` : ''}` : i.line ? `:${i.line}` : '';
	const where = [i.file + place, i.entry ? `(${i.entry})` : '', i.field ? `field "${i.field}"` : '']
		.filter(Boolean)
		.join(' ');
	return `${where}: ${i.message}`;
}

export interface UnitForMatching {
	id: string;
	name: string;
	name_full: string;
	aliases: string[];
	former_names: { name: string; until?: string }[];
	valid_from: string | null;
	valid_to: string | null;
}

export interface ResultsImportOptions {
	/** Path shown in messages. */
	file: string;
	edition: number;
	table: string;
	level: Level;
	/** Units of the level; only those valid on `asOf` are matched. */
	units: UnitForMatching[];
	asOf: string;
	pillarKeys: string[];
	indexKeys: string[];
	scale: { min: number; max: number };
	/** Source keys that rows may cite. */
	sourceKeys?: Set<string>;
	/** Framework names, to read headers as printed ("Chính quyền số"); keys alone otherwise. */
	framework?: FrameworkNames;
	/**
	 * The table as committed: a unit's sources, note and rank basis are kept from it when the
	 * file has no such column, and its printed name when the file's spelling is not a printed form.
	 */
	existing?: ResultTable;
	/** Sheet name for messages (xlsx). */
	sheet?: string;
	/** A table with no rows is accepted (an edition that published none for the level). */
	allowEmpty?: boolean;
}

const GROUPS: Record<string, MinistryGroup> = {
	'public-services': 'public-services',
	'no-public-services': 'no-public-services',
	'có cung cấp dvc': 'public-services',
	'không cung cấp dvc': 'no-public-services',
};

/** Finds the unit a printed name refers to among the units valid on a date. */
export function matchUnit(
	name: string,
	units: UnitForMatching[],
	asOf: string,
): { id: string } | { error: string } {
	const key = nameKey(name);
	if (key === '') return { error: 'the unit name is empty' };
	const valid = units.filter((u) => validOn(u, asOf));
	const hits = valid.filter((u) => printedForms(u).some((n) => nameKey(n) === key));
	if (hits.length === 1) return { id: hits[0].id };
	if (hits.length > 1)
		return {
			error: `"${name}" matches several units: ${hits.map((h) => `${h.id} (${h.name_full})`).join(', ')}; write the unit id in a "unit" column to choose`,
		};
	const elsewhere = units.filter(
		(u) => !validOn(u, asOf) && [u.name, ...u.aliases].some((n) => nameKey(n) === key),
	);
	if (elsewhere.length)
		return {
			error: `"${name}" is ${elsewhere.map((u) => u.id).join(', ')}, which did not exist on ${asOf} (valid ${elsewhere[0].valid_from ?? '…'} to ${elsewhere[0].valid_to ?? 'now'})`,
		};
	return {
		error: `"${name}" matches no unit valid on ${asOf}; add the printed form to the unit's aliases in data/units/`,
	};
}

/** Every form in which publications print a unit's name. */
export function printedForms(u: UnitForMatching): string[] {
	return [u.name, u.name_full, ...u.aliases, ...u.former_names.map((f) => f.name)];
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/**
 * Compares printed names as printed: letters and tones count, while case, spacing around hyphens,
 * the old or new tone placement ("Hoà" = "Hòa") and the "TP." / "Thành phố" / "Tỉnh" prefix
 * do not ("TP. Hà Nội" is a printed form of "Hà Nội"; "Da Nang" is not one of "Đà Nẵng").
 */
export function printedKey(s: string): string {
	const plain = s
		.normalize('NFC')
		.toLowerCase()
		.replace(/\s*-\s*/g, ' - ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^(tp\.?|thành phố|tỉnh)\s+/u, '')
		.normalize('NFD');
	const tones = (plain.match(TONES) ?? []).join('');
	return `${plain.replace(TONES, '').normalize('NFC')}|${tones}`;
}

/** The unit's official short name in use on a date ("Thừa Thiên Huế" before 2025, "Huế" after). */
export function officialName(u: UnitForMatching, asOf: string): string {
	const former = [...u.former_names]
		.filter((f) => f.until && asOf <= f.until)
		.sort((a, b) => (a.until ?? '').localeCompare(b.until ?? ''))[0];
	return former?.name ?? u.name;
}

/** Reads a number printed with a decimal point or a Vietnamese decimal comma ("0,8002"). */
export function parseNumber(raw: string): number | undefined | 'invalid' {
	const s = raw.replace(/[\s\u00a0]/g, '');
	if (s === '' || s === '-' || s === '—') return undefined;
	const normal = s.includes('.') ? s.replace(/,/g, '') : s.replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(normal)) return 'invalid';
	return Number(normal);
}

export interface ResultsImport {
	table: ResultTable;
	issues: ImportIssue[];
	/** Remarks that do not stop the import (names stored in their official form, rows skipped). */
	notes: ImportIssue[];
	/** File lines (or sheet rows) of each unit's rows, to place problems found later. */
	lines: Map<string, number[]>;
}

/** Parses results CSV text (any delimiter) into a table. */
export function importResultsCsv(text: string, o: ResultsImportOptions): ResultsImport {
	const { delimiter, rows } = parseDelimited(text);
	return importResults({ kind: 'text', delimiter, rows, notes: [] }, o);
}

/** Turns the rows of a sheet into a results table. */
export function importResults(grid: Grid, o: ResultsImportOptions): ResultsImport {
	const issues: ImportIssue[] = [];
	const notes: ImportIssue[] = [];
	const lines = new Map<string, number[]>();
	const base = { file: o.file, ...(o.sheet !== undefined ? { sheet: o.sheet } : {}) };
	const fw: FrameworkNames = o.framework ?? {
		pillars: o.pillarKeys.map((key) => ({ key, name: { vi: key, en: key } })),
		indices: o.indexKeys.map((key) => ({ key, name: { vi: key, en: key } })),
	};
	const table: ResultTable = { edition: o.edition, table: o.table, rows: [] };
	const header = findHeader(grid.rows, fw);
	if (!header) {
		issues.push({
			...base,
			message: `no header row found in the first ${HEADER_SEARCH} rows: it needs a column for the unit name ("Tỉnh, thành phố", "Tên đơn vị" or "name") and at least one of ${expectedColumns(fw)}`,
		});
		return { table, issues, notes, lines };
	}
	if (header.skipped)
		notes.push({
			...base,
			line: header.headerLine,
			message: `header found here; ${header.skipped} title row(s) above it skipped`,
		});

	// Columns: known keys once each; unknown columns tolerated only while empty.
	const known = new Set(['rank', 'name', 'unit', 'total', 'group', 'rank_basis', 'sources', 'note']);
	for (const k of [...o.pillarKeys, ...o.indexKeys]) known.add(k).add(`${k}_rank`);
	const dataRows = grid.rows.slice(header.dataStart).filter((r) => r.cells.some((c) => c.trim() !== ''));
	const column = new Map<string, number>();
	header.keys.forEach((k, i) => {
		const label = header.labels[i] || `column ${i + 1}`;
		const filled = dataRows.find((r) => (r.cells[i] ?? '').trim() !== '');
		if (k === '') return;
		if (k === undefined || !known.has(k)) {
			if (filled)
				issues.push({
					...base,
					line: header.headerLine,
					field: label,
					message: `column ${i + 1} is not part of edition ${o.edition}'s framework (it has values from line ${filled.line}); expected ${expectedColumns(fw)}`,
				});
			return;
		}
		if (column.has(k)) {
			issues.push({
				...base,
				line: header.headerLine,
				field: label,
				message: `columns ${column.get(k)! + 1} ("${header.labels[column.get(k)!]}") and ${i + 1} both read as "${k}"; keep one`,
			});
			return;
		}
		column.set(k, i);
	});
	if (!column.has('name') && !column.has('unit')) {
		issues.push({ ...base, line: header.headerLine, message: 'needs a "name" or "unit" column' });
		return { table, issues, notes, lines };
	}
	if (!dataRows.length && !o.allowEmpty) {
		issues.push({
			...base,
			line: header.headerLine,
			message: 'has a header but no rows of results; nothing to import',
		});
		return { table, issues, notes, lines };
	}

	const width = header.labels.length;
	const existing = new Map((o.existing?.rows ?? []).map((r) => [r.unit, r]));
	for (const rec of dataRows) {
		const get = (k: string): string | undefined => {
			const i = column.get(k);
			return i === undefined ? undefined : (rec.cells[i] ?? '').trim();
		};
		const name = get('name') ?? get('unit') ?? '';
		const at = (field: string | undefined, message: string) =>
			issues.push({ ...base, line: rec.line, entry: name || undefined, field, message });
		const extra = rec.cells.slice(width).filter((c) => c.trim() !== '');
		if (extra.length) {
			at(
				undefined,
				`has ${width + extra.length} cells but the header has ${width} columns` +
					(grid.delimiter === ','
						? ': decimal commas in a comma-separated file? Save it with ";" as separator, or quote the numbers ("0,8002")'
						: ''),
			);
			continue;
		}
		let unit = get('unit');
		let match: UnitForMatching | undefined;
		if (unit) {
			match = o.units.find((u) => u.id === unit);
			if (!match) {
				at('unit', `"${unit}" is not a unit id in data/units/`);
				continue;
			}
		} else {
			const m = matchUnit(name, o.units, o.asOf);
			if ('error' in m) {
				at('name', m.error);
				continue;
			}
			unit = m.id;
			match = o.units.find((u) => u.id === m.id);
		}
		lines.set(unit, [...(lines.get(unit) ?? []), rec.line]);
		const before = existing.get(unit);
		// Item: the stored printed name is what the file printed only when it is a known printed form.
		let published = name || match!.name;
		if (name && !printedForms(match!).some((f) => printedKey(f) === printedKey(name))) {
			published = before?.published_name ?? officialName(match!, o.asOf);
			notes.push({
				...base,
				line: rec.line,
				entry: name,
				field: 'name',
				message: `"${name}" is not a printed form of ${unit}; stored as "${published}"`,
			});
		}
		const precision: Record<string, number> = {};
		const fieldPath = (col: string) =>
			o.pillarKeys.includes(col) ? `pillars.${col}.score` : `indices.${col}.score`;
		const num = (field: string): number | undefined => {
			const raw = get(field);
			if (raw == null) return undefined;
			const n = parseNumber(raw);
			if (n === 'invalid') {
				at(field, `"${raw}" is not a number`);
				return undefined;
			}
			if (n !== undefined && (n < o.scale.min || n > o.scale.max))
				at(field, `${n} is outside the edition's scale ${o.scale.min}–${o.scale.max}`);
			const decimals = raw.trim().split(/[.,]/)[1]?.length ?? 0;
			if (n !== undefined && decimals < 4)
				precision[field.endsWith('total') ? 'total' : fieldPath(field)] = decimals;
			return n;
		};
		const int = (field: string): number | undefined => {
			const raw = get(field);
			if (raw == null || raw === '') return undefined;
			if (!/^\d+([.,]0+)?$/.test(raw) || parseInt(raw, 10) < 1) {
				at(field, `"${raw}" is not a rank (a whole number from 1)`);
				return undefined;
			}
			return parseInt(raw, 10);
		};
		const row: ResultRow = {
			unit,
			published_name: published,
			rank_basis: 'published',
			pillars: {},
			indices: {},
			sources: [],
		};
		const rank = int('rank');
		if (rank !== undefined) row.rank = rank;
		const total = num('total');
		if (total !== undefined) row.total = total;
		const basis =
			get('rank_basis') ||
			(column.has('rank_basis') ? '' : (before?.rank_basis ?? '')) ||
			(rank ? 'published' : 'not_found');
		const parsedBasis = rankBasis.safeParse(basis);
		if (!parsedBasis.success) at('rank_basis', `"${basis}" is not one of ${rankBasis.options.join(', ')}`);
		else row.rank_basis = parsedBasis.data;
		if (o.level === 'ministries') {
			const g =
				GROUPS[(get('group') ?? '').trim().toLowerCase()] ??
				(column.has('group') ? undefined : before?.group);
			if (!g)
				at(
					'group',
					`"${get('group') ?? ''}" is not a ministry group (public-services or no-public-services)`,
				);
			else row.group = g;
		}
		for (const [keys, target] of [
			[o.pillarKeys, row.pillars],
			[o.indexKeys, row.indices],
		] as const) {
			for (const k of keys) {
				const score = num(k);
				const r = int(`${k}_rank`);
				if (score !== undefined || r !== undefined) {
					target[k] = {};
					if (score !== undefined) target[k].score = score;
					if (r !== undefined) target[k].rank = r;
				}
			}
		}
		const sources = column.has('sources')
			? (get('sources') ?? '').split(/[;,\s]+/).filter(Boolean)
			: [...(before?.sources ?? [])];
		for (const s of sources) {
			if (o.sourceKeys && !o.sourceKeys.has(s))
				at('sources', `source key "${s}" is not in data/sources.json`);
		}
		row.sources = sources;
		if (Object.keys(precision).length) row.precision = precision;
		const note = column.has('note') ? get('note') : before?.note;
		if (note) row.note = note;
		table.rows.push(row);
	}
	return { table, issues, notes, lines };
}
