/**
 * Checks the whole dataset once per build, beyond what each file's schema can see: units exist
 * and are valid on the table's date, ranks agree with totals (published ties allowed), scores
 * lie within the scale, no unit appears twice, ministry groups are present, cited sources exist.
 * Each problem names the file, the entry and the field.
 */
import type { Edition, Ministry, Province, ResultTable, Source } from './schema.ts';
import { validOn } from './validity.ts';

export interface DataIssue {
	file: string;
	entry?: string;
	field?: string;
	message: string;
}

export interface RawDataset {
	provinces: Province[];
	ministries: Ministry[];
	sources: Source[];
	editions: Edition[];
	/** Results tables, each with the path it was read from. */
	tables: (ResultTable & { file: string })[];
	/**
	 * Files that failed their schema, and registry or source entries that did (`file#id`), all
	 * already reported, so follow-on problems are not repeated.
	 */
	unreadable?: Set<string>;
}

/** "file › entry › field: message". */
export function formatDataIssue(i: DataIssue): string {
	return [i.file, i.entry, i.field && `field "${i.field}"`].filter(Boolean).join(' › ') + `: ${i.message}`;
}

/** Error thrown when invariants fail; its message lists every issue. */
export class DataError extends Error {
	issues: DataIssue[];
	constructor(issues: DataIssue[]) {
		super(
			`DTI data check failed with ${issues.length} problem(s):\n${issues.map((i) => `  - ${formatDataIssue(i)}`).join('\n')}`,
		);
		this.name = 'DataError';
		this.issues = issues;
	}
}

/** Returns every invariant violation in the dataset (empty when it is sound). */
export function checkDataset(d: RawDataset): DataIssue[] {
	const issues: DataIssue[] = [];
	const units = new Map<string, Province | Ministry>();
	for (const [file, list] of [
		['data/units/provinces.json', d.provinces],
		['data/units/ministries.json', d.ministries],
	] as const) {
		for (const u of list) {
			if (units.has(u.id)) issues.push({ file, entry: u.id, field: 'id', message: 'duplicate unit id' });
			units.set(u.id, u);
		}
	}
	const levelOf = (id: string) =>
		d.provinces.some((p) => p.id === id) ? 'provinces' : d.ministries.some((m) => m.id === id) ? 'ministries' : undefined;
	for (const u of units.values()) {
		const file = levelOf(u.id) === 'provinces' ? 'data/units/provinces.json' : 'data/units/ministries.json';
		for (const field of ['successors', 'predecessors'] as const) {
			for (const other of u[field]) {
				if (!units.has(other)) issues.push({ file, entry: u.id, field, message: `unknown unit "${other}"` });
			}
		}
		if (u.valid_from && u.valid_to && u.valid_from > u.valid_to)
			issues.push({ file, entry: u.id, field: 'valid_to', message: `ends (${u.valid_to}) before it starts (${u.valid_from})` });
		issues.push(...checkSuccession(file, u, units));
	}
	issues.push(...checkLineageCycles(units, (id) => (levelOf(id) === 'provinces' ? 'data/units/provinces.json' : 'data/units/ministries.json')));

	const sourceKeys = new Set(d.sources.map((s) => s.id));
	const sourceUrls = new Set(d.sources.map((s) => s.url));
	const years = new Set<number>();
	for (const e of d.editions) {
		const file = `data/editions/${e.year}/edition.json`;
		// Pages cite these addresses with publisher, title and date: each needs its record.
		const cited: [string, string[]][] = [
			['published.sources', e.published.sources],
			['national.sources', e.national?.sources ?? []],
			...Object.entries(e.averages).map(([k, a]): [string, string[]] => [`averages.${k}.sources`, a?.sources ?? []]),
			...Object.entries(e.pillar_averages).map(([k, a]): [string, string[]] => [`pillar_averages.${k}.sources`, a.sources]),
		];
		for (const [field, urls] of cited)
			for (const u of urls)
				if (!sourceUrls.has(u))
					issues.push({
						file,
						field,
						message: `cites ${u}, which has no entry in data/sources.json (add its kind, publisher and title)`,
					});
		if (years.has(e.year)) issues.push({ file, field: 'year', message: 'two editions with this year' });
		years.add(e.year);
		const ids = new Set<string>();
		for (const t of e.tables) {
			if (ids.has(t.id)) issues.push({ file, entry: t.id, field: 'tables', message: 'duplicate table id' });
			ids.add(t.id);
			const resultsFile = `data/editions/${e.year}/${t.id}.json`;
			if (!d.tables.some((r) => r.edition === e.year && r.table === t.id) && !d.unreadable?.has(resultsFile))
				issues.push({ file, entry: t.id, field: 'tables', message: `no results file ${resultsFile}` });
			for (const n of t.not_assessed) {
				if (levelOf(n.unit) !== t.level)
					issues.push({ file, entry: t.id, field: 'not_assessed', message: `"${n.unit}" is not a unit of level ${t.level}` });
			}
		}
		for (const [k, v] of Object.entries({ national: e.national, ...e.averages, ...e.pillar_averages })) {
			if (v && (v.value < e.scale.min || v.value > e.scale.max))
				issues.push({ file, field: k, message: `${v.value} is outside the scale ${e.scale.min}–${e.scale.max}` });
		}
	}

	for (const t of d.tables) {
		const edition = d.editions.find((e) => e.year === t.edition);
		if (!edition) {
			if (d.unreadable?.has(`data/editions/${t.edition}/edition.json`)) continue;
			issues.push({ file: t.file, field: 'edition', message: `no edition ${t.edition} (data/editions/${t.edition}/edition.json)` });
			continue;
		}
		const spec = edition.tables.find((x) => x.id === t.table);
		if (!spec) {
			issues.push({ file: t.file, field: 'table', message: `edition ${t.edition} declares no table "${t.table}"` });
			continue;
		}
		const seen = new Set<string>();
		const pillarKeys = new Set(edition.framework.pillars.map((p) => p.key));
		const indexKeys = new Set(edition.framework.indices.map((p) => p.key));
		for (const r of t.rows) {
			const entry = r.unit;
			const unit = units.get(r.unit);
			if (!unit && d.unreadable?.has(`data/units/${spec.level}.json#${r.unit}`)) continue;
			if (!unit || levelOf(r.unit) !== spec.level) {
				issues.push({ file: t.file, entry, field: 'unit', message: `no ${spec.level} unit with id "${r.unit}" in data/units/` });
				continue;
			}
			if (!validOn(unit, spec.as_of))
				issues.push({
					file: t.file,
					entry,
					field: 'unit',
					message: `unit is not valid on the table's date ${spec.as_of} (valid ${unit.valid_from ?? '…'} to ${unit.valid_to ?? 'now'})`,
				});
			if (seen.has(r.unit)) issues.push({ file: t.file, entry, field: 'unit', message: 'unit appears twice in the table' });
			seen.add(r.unit);
			// A part the edition says the publisher gave no values for cannot have values.
			for (const part of spec.unreleased) {
				const has =
					part === 'rank' || part === 'total'
						? r[part] !== undefined
						: Object.values(r[part]).some((v) => v.score !== undefined || v.rank !== undefined);
				if (has)
					issues.push({
						file: t.file,
						entry,
						field: part,
						message: `has a value, but edition.json lists "${part}" in the table's "unreleased" (not published)`,
					});
			}
			if (spec.level === 'ministries' && !r.group)
				issues.push({ file: t.file, entry, field: 'group', message: 'ministry row needs a group (public-services or no-public-services)' });
			if (spec.level === 'provinces' && r.group)
				issues.push({ file: t.file, entry, field: 'group', message: 'province rows have no group' });
			const scores: [string, number | undefined][] = [['total', r.total]];
			for (const [k, v] of Object.entries(r.pillars)) {
				if (!pillarKeys.has(k)) issues.push({ file: t.file, entry, field: `pillars.${k}`, message: 'not a pillar of this edition' });
				scores.push([`pillars.${k}.score`, v.score]);
			}
			for (const [k, v] of Object.entries(r.indices)) {
				if (!indexKeys.has(k)) issues.push({ file: t.file, entry, field: `indices.${k}`, message: 'not a main index of this edition' });
				scores.push([`indices.${k}.score`, v.score]);
			}
			for (const [field, v] of scores) {
				if (v !== undefined && (v < edition.scale.min || v > edition.scale.max))
					issues.push({ file: t.file, entry, field, message: `${v} is outside the scale ${edition.scale.min}–${edition.scale.max}` });
			}
			for (const s of r.sources) {
				if (!sourceKeys.has(s) && !d.unreadable?.has(`data/sources.json#${s}`)) issues.push({ file: t.file, entry, field: 'sources', message: `unknown source key "${s}"` });
			}
		}
		if (spec.size !== undefined && spec.level === 'provinces' && t.rows.length > spec.size)
			issues.push({ file: t.file, field: 'rows', message: `lists ${t.rows.length} units but edition.json says the table ranks ${spec.size} (tables › ${spec.id} › size)` });
		const groups = spec.level === 'ministries' ? (['public-services', 'no-public-services'] as const) : ([undefined] as const);
		for (const g of groups) {
			const rows = t.rows.filter((r) => r.group === g);
			const size = g ? spec.group_sizes?.[g] : spec.size;
			for (const r of rows) {
				if (r.rank !== undefined && size !== undefined && r.rank > size)
					issues.push({ file: t.file, entry: r.unit, field: 'rank', message: `rank ${r.rank} is beyond the ${size} units ranked` });
			}
			issues.push(...checkRankOrder(t.file, rows));
		}
	}
	for (const e of d.editions) {
		const file = `data/editions/${e.year}/edition.json`;
		const rowsOf = (id: string) => d.tables.find((t) => t.edition === e.year && t.table === id)?.rows.length;
		for (const spec of e.tables) {
			const n = rowsOf(spec.id);
			if (n === undefined) continue;
			if (n === 0 && spec.results_published !== false)
				issues.push({
					file,
					entry: spec.id,
					field: 'results_published',
					message: `data/editions/${e.year}/${spec.id}.json has no rows: import the results, or set "results_published": false if the edition published none for this level`,
				});
			if (n > 0 && spec.results_published === false)
				issues.push({ file, entry: spec.id, field: 'results_published', message: `is false but data/editions/${e.year}/${spec.id}.json has ${n} rows` });
		}
		if (e.tables.length && e.tables.every((spec) => rowsOf(spec.id) === 0))
			issues.push({ file, field: 'tables', message: `edition ${e.year} has nothing to show: every results table is empty. Import at least one table before publishing it` });
	}
	return issues;
}

type Lineage = { id: string; valid_from: string | null; valid_to: string | null; successors: string[]; predecessors: string[] };

function dayAfter(date: string): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/**
 * A unit is not its own successor or predecessor, and it has successors only once it ends: each
 * successor is valid on the day after, and a dated one starts only after the unit ends (a new
 * unit formed then; a unit with no start date, such as a ministry, may absorb it).
 */
export function checkSuccession(file: string, u: Lineage, units: Map<string, Lineage>): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const field of ['successors', 'predecessors'] as const)
		if (u[field].includes(u.id)) issues.push({ file, entry: u.id, field, message: `the unit lists itself among its ${field}` });
	for (const id of u.successors) {
		const s = units.get(id);
		if (!s || id === u.id) continue;
		if (!u.valid_to)
			issues.push({ file, entry: u.id, field: 'successors', message: `has successor "${id}" but no end date (valid_to): a unit is succeeded only after it ends` });
		else if (s.valid_from && s.valid_from <= u.valid_to)
			issues.push({
				file,
				entry: u.id,
				field: 'successors',
				message: `successor "${id}" starts ${s.valid_from}, before this unit ends (${u.valid_to}); a successor begins after its predecessor ends`,
			});
		else if (!validOn(s, dayAfter(u.valid_to)))
			issues.push({
				file,
				entry: u.id,
				field: 'successors',
				message: `successor "${id}" is not valid on ${dayAfter(u.valid_to)}, the day after this unit ends (it is valid ${s.valid_from ?? '…'} to ${s.valid_to ?? 'now'})`,
			});
	}
	return issues;
}

/** No chain of successors leads back to where it started (da-nang → da-nang-2025 → da-nang). */
export function checkLineageCycles(units: Map<string, Lineage>, fileOf: (id: string) => string): DataIssue[] {
	const issues: DataIssue[] = [];
	const state = new Map<string, 'open' | 'done'>();
	const reported = new Set<string>();
	const visit = (id: string, path: string[]) => {
		if (state.get(id) === 'done') return;
		if (state.get(id) === 'open') {
			const cycle = path.slice(path.indexOf(id));
			const key = [...cycle].sort().join(',');
			if (cycle.length > 1 && !reported.has(key)) {
				reported.add(key);
				issues.push({ file: fileOf(id), entry: id, field: 'successors', message: `lineage goes in a circle: ${[...cycle, id].join(' → ')}` });
			}
			return;
		}
		state.set(id, 'open');
		for (const s of units.get(id)?.successors ?? []) if (units.has(s)) visit(s, [...path, id]);
		state.set(id, 'done');
	};
	for (const id of units.keys()) visit(id, []);
	return issues;
}

/**
 * Ranks must agree with totals: a better rank never has a lower total, and units sharing a rank
 * (a published tie) have equal totals where both are known. Equal totals with different ranks
 * are allowed, since published totals are rounded.
 */
export function checkRankOrder(
	file: string,
	rows: { unit: string; rank?: number; total?: number }[],
): DataIssue[] {
	const issues: DataIssue[] = [];
	const known = rows.filter((r) => r.rank !== undefined && r.total !== undefined) as {
		unit: string;
		rank: number;
		total: number;
	}[];
	known.sort((a, b) => a.rank - b.rank);
	for (let i = 1; i < known.length; i++) {
		const a = known[i - 1];
		const b = known[i];
		if (a.rank === b.rank && a.total !== b.total)
			issues.push({
				file,
				entry: b.unit,
				field: 'total',
				message: `shares rank ${b.rank} with ${a.unit} but their totals differ (${b.total} vs ${a.total})`,
			});
		else if (a.rank < b.rank && a.total < b.total)
			issues.push({
				file,
				entry: b.unit,
				field: 'rank',
				message: `rank ${b.rank} with total ${b.total} is above ${a.unit}'s total ${a.total} at rank ${a.rank}`,
			});
	}
	return issues;
}
