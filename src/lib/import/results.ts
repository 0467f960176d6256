/**
 * Turns one results spreadsheet (CSV, one row per unit, as the ministry publishes it) into a
 * normalised results table. Every problem is reported with file, line, unit and field, and
 * nothing is written unless the whole file is clean.
 */
import { nameKey } from '../slug.ts';
import type { Level, MinistryGroup, ResultRow, ResultTable } from '../data/schema.ts';
import { rankBasis } from '../data/schema.ts';
import { validOn } from '../data/validity.ts';
import { readCsv } from './csv.ts';

export interface ImportIssue {
	file: string;
	line?: number;
	entry?: string;
	field?: string;
	message: string;
}

/** Formats an issue as "file:line (entry) field: message". */
export function formatIssue(i: ImportIssue): string {
	const where = [
		i.file + (i.line ? `:${i.line}` : ''),
		i.entry ? `(${i.entry})` : '',
		i.field ? `field "${i.field}"` : '',
	]
		.filter(Boolean)
		.join(' ');
	return `${where}: ${i.message}`;
}

export interface UnitForMatching {
	id: string;
	name: string;
	name_full: string;
	aliases: string[];
	former_names: { name: string }[];
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
	const valid = units.filter((u) => validOn(u, asOf));
	const hits = valid.filter((u) =>
		[u.name, u.name_full, ...u.aliases, ...u.former_names.map((f) => f.name)].some((n) => nameKey(n) === key),
	);
	if (hits.length === 1) return { id: hits[0].id };
	if (hits.length > 1)
		return { error: `"${name}" matches several units (${hits.map((h) => h.id).join(', ')})` };
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

/** Reads a number printed with a decimal point or a Vietnamese decimal comma ("0,8002"). */
export function parseNumber(raw: string): number | undefined | 'invalid' {
	const s = raw.trim();
	if (s === '' || s === '-' || s === '—') return undefined;
	const normal = s.includes('.') ? s.replace(/,/g, '') : s.replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(normal)) return 'invalid';
	return Number(normal);
}

/** Parses a results CSV into a table. */
export function importResultsCsv(
	text: string,
	o: ResultsImportOptions,
): { table: ResultTable; issues: ImportIssue[] } {
	const issues: ImportIssue[] = [];
	const { header, records } = readCsv(text);
	const known = new Set(['rank', 'name', 'unit', 'total', 'group', 'rank_basis', 'sources', 'note']);
	for (const k of [...o.pillarKeys, ...o.indexKeys]) known.add(k).add(`${k}_rank`);
	for (const h of header) {
		// A column outside this edition's framework is tolerated while it is empty (shared templates).
		const filled = records.find((r) => (r.values[h] ?? '').trim() !== '');
		if (!known.has(h) && filled)
			issues.push({
				file: o.file,
				line: filled.line,
				field: h,
				message: `column is not part of edition ${o.edition}'s framework; expected one of ${[...known].join(', ')}`,
			});
	}
	if (!header.includes('name') && !header.includes('unit'))
		issues.push({ file: o.file, line: 1, message: 'needs a "name" or "unit" column' });

	const rows: ResultRow[] = [];
	for (const rec of records) {
		const v = rec.values;
		const name = v.name ?? v.unit ?? '';
		const at = (field: string, message: string) =>
			issues.push({ file: o.file, line: rec.line, entry: name, field, message });
		let unit = v.unit?.trim();
		if (!unit) {
			const m = matchUnit(name, o.units as UnitForMatching[], o.asOf);
			if ('error' in m) {
				at('name', m.error);
				continue;
			}
			unit = m.id;
		}
		const precision: Record<string, number> = {};
		const fieldPath = (col: string) =>
			o.pillarKeys.includes(col) ? `pillars.${col}.score` : `indices.${col}.score`;
		const num = (field: string): number | undefined => {
			const raw = v[field];
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
			const raw = v[field];
			if (raw == null || raw.trim() === '') return undefined;
			if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
				at(field, `"${raw}" is not a rank (a whole number from 1)`);
				return undefined;
			}
			return Number(raw);
		};
		const row: ResultRow = {
			unit,
			published_name: name || unit,
			rank_basis: 'published',
			pillars: {},
			indices: {},
			sources: [],
		};
		const rank = int('rank');
		if (rank !== undefined) row.rank = rank;
		const total = num('total');
		if (total !== undefined) row.total = total;
		const basis = (v.rank_basis ?? '').trim() || (rank ? 'published' : 'not_found');
		const parsedBasis = rankBasis.safeParse(basis);
		if (!parsedBasis.success) at('rank_basis', `"${basis}" is not one of ${rankBasis.options.join(', ')}`);
		else row.rank_basis = parsedBasis.data;
		if (o.level === 'ministries') {
			const g = GROUPS[(v.group ?? '').trim().toLowerCase()];
			if (!g)
				at('group', `"${v.group ?? ''}" is not a ministry group (public-services or no-public-services)`);
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
		const sources = (v.sources ?? '').split(/[;\s]+/).filter(Boolean);
		for (const s of sources) {
			if (o.sourceKeys && !o.sourceKeys.has(s))
				at('sources', `source key "${s}" is not in data/sources.json`);
		}
		row.sources = sources;
		if (Object.keys(precision).length) row.precision = precision;
		if (v.note?.trim()) row.note = v.note.trim();
		rows.push(row);
	}
	return { table: { edition: o.edition, table: o.table, rows }, issues };
}
