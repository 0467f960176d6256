/**
 * The dataset model, derived once per build from the validated raw data: ordered rankings with
 * ties, changes against the previous edition, differences to the average and the leader, and
 * each unit's series across editions. Pages pick from it; nothing re-derives per page.
 */
import type {
	Edition,
	EditionTable,
	Level,
	Ministry,
	MinistryGroup,
	Province,
	ResultRow,
	Source,
} from './schema.ts';
import type { RawDataset } from './invariants.ts';
import { validOn } from './validity.ts';
import { valueGap, type GapKind } from './gaps.ts';

export type Unit = (Province & { level: 'provinces' }) | (Ministry & { level: 'ministries' });

export interface RankedRow extends ResultRow {
	/** Another unit of the same table (and group) shares this rank. */
	tied: boolean;
	/** Units ranked in the same table and group, where the edition states it. */
	outOf?: number;
	/** The same unit in the previous edition, if it was ranked there. */
	previous?: {
		year: number;
		table: string;
		rank?: number;
		total?: number;
		sameGeography: boolean;
		/** Why the previous rank or total is missing (src/lib/data/gaps.ts). */
		gaps: { rank?: GapKind; total?: GapKind };
	};
	/** Places moved since the previous edition (positive = up); only within the same geography. */
	rankChange?: number;
	totalChange?: number;
	/**
	 * Why `rankChange` or `totalChange` is missing, set only when it is (src/lib/data/gaps.ts); a
	 * score change across a change of framework is `not_comparable`.
	 */
	changeGaps: { rank?: GapKind; total?: GapKind };
	/** Published average of the unit's level or group, and the difference to it. */
	average?: number;
	diffAverage?: number;
	/** Total of the table's (or group's) first-ranked unit, and the difference to it. */
	leaderTotal?: number;
	diffLeader?: number;
	/**
	 * Main-index ranks computed from the table, only for indices whose score is published for
	 * every row (so the rank is certain); published index ranks stay in `indices[key].rank`.
	 */
	derivedIndexRanks: Record<string, number>;
}

export interface TableView {
	year: number;
	spec: EditionTable;
	/** Rows ordered by group, then rank, then total; unranked rows last. */
	rows: RankedRow[];
	/** For ministries: rows split by group, in the order public-services, no-public-services. */
	groups: { group: MinistryGroup | null; rows: RankedRow[] }[];
}

export interface EditionView {
	year: number;
	edition: Edition;
	tables: TableView[];
	previousYear?: number;
	nextYear?: number;
}

/**
 * assessed: the unit has a row; not-assessed: the edition says it was left out; not-existing: it
 * did not exist on the tables' dates; not-published: the edition published no results for the
 * level at all (ministries in DTI 2024); not-in-record: results were published, without this unit.
 */
export type UnitEditionStatus = 'assessed' | 'not-assessed' | 'not-existing' | 'not-published' | 'not-in-record';

export interface UnitEditionEntry {
	year: number;
	status: UnitEditionStatus;
	/** The unit's rows in this edition, one per table it appears in (primary table first). */
	results: { table: TableView; row: RankedRow }[];
	note?: string;
}

export interface Dataset {
	units: Map<string, Unit>;
	provinces: Unit[];
	ministries: Unit[];
	sources: Map<string, Source>;
	/** Editions, oldest first. */
	editions: EditionView[];
	latest: EditionView;
	edition(year: number): EditionView | undefined;
	/** The unit's entry for every edition, oldest first (computed once; shared, do not mutate). */
	series(unitId: string): readonly UnitEditionEntry[];
	/** Units that get a page in the edition: those valid on a table date of their level. */
	unitsInEdition(year: number, level: Level): Unit[];
	/** Units with a profile page: assessed at least once, or linked by lineage to one that was. */
	profileUnits(level: Level): Unit[];
}

const collator = new Intl.Collator('vi');
const GROUP_ORDER: MinistryGroup[] = ['public-services', 'no-public-services'];

/** Orders rows by rank, then total (descending), then name; rows without rank or total last. */
export function orderRows<T extends { rank?: number; total?: number; published_name: string }>(rows: T[]): T[] {
	return [...rows].sort((a, b) => {
		const ra = a.rank ?? Number.POSITIVE_INFINITY;
		const rb = b.rank ?? Number.POSITIVE_INFINITY;
		if (ra !== rb) return ra - rb;
		const ta = a.total ?? Number.NEGATIVE_INFINITY;
		const tb = b.total ?? Number.NEGATIVE_INFINITY;
		if (ta !== tb) return tb - ta;
		return collator.compare(a.published_name, b.published_name);
	});
}

/** Marks rows that share a rank with another row. */
export function markTies<T extends { rank?: number }>(rows: T[]): (T & { tied: boolean })[] {
	const counts = new Map<number, number>();
	for (const r of rows) if (r.rank !== undefined) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
	return rows.map((r) => ({ ...r, tied: r.rank !== undefined && (counts.get(r.rank) ?? 0) > 1 }));
}

function round(n: number, digits = 4): number {
	return Number(n.toFixed(digits));
}

/** Builds the dataset model from data that passed `checkDataset`. */
export function buildDataset(raw: RawDataset): Dataset {
	const units = new Map<string, Unit>();
	for (const p of raw.provinces) units.set(p.id, { ...p, level: 'provinces' });
	for (const m of raw.ministries) units.set(m.id, { ...m, level: 'ministries' });
	const provinces = [...units.values()].filter((u) => u.level === 'provinces');
	const ministries = [...units.values()].filter((u) => u.level === 'ministries');
	const sources = new Map(raw.sources.map((s) => [s.id, s]));

	const sortedEditions = [...raw.editions].sort((a, b) => a.year - b.year);
	const views: EditionView[] = [];
	for (const [i, edition] of sortedEditions.entries()) {
		const tables: TableView[] = edition.tables.map((spec) => {
			const rawRows = raw.tables.find((t) => t.edition === edition.year && t.table === spec.id)?.rows ?? [];
			const groups = (spec.level === 'ministries' ? GROUP_ORDER : [null]).map((group) => {
				const rows = markTies(orderRows(rawRows.filter((r) => (r.group ?? null) === group)));
				const outOf = group ? spec.group_sizes?.[group] : spec.size;
				const avg = edition.averages[group ?? 'provinces']?.value;
				const leaders = rows.filter((r) => r.rank === 1 && r.total !== undefined);
				const leaderTotal = leaders.length ? leaders[0].total : undefined;
				return {
					group,
					rows: rows.map((r): RankedRow => ({
						...r,
						derivedIndexRanks: {},
						// Without a previous edition nothing compares; the loop below refines this.
						changeGaps: { rank: 'not_comparable', total: 'not_comparable' },
						...(outOf !== undefined ? { outOf } : {}),
						...(avg !== undefined ? { average: avg } : {}),
						...(avg !== undefined && r.total !== undefined ? { diffAverage: round(r.total - avg) } : {}),
						...(leaderTotal !== undefined ? { leaderTotal } : {}),
						...(leaderTotal !== undefined && r.total !== undefined ? { diffLeader: round(r.total - leaderTotal) } : {}),
					})),
				};
			});
			const allRows = groups.flatMap((g) => g.rows);
			for (const key of edition.framework.indices.map((i) => i.key)) {
				if (!allRows.length || allRows.some((r) => r.indices[key]?.score === undefined)) continue;
				for (const r of allRows) {
					const mine = r.indices[key]!.score!;
					r.derivedIndexRanks[key] = 1 + allRows.filter((o) => (o.group ?? null) === (r.group ?? null) && o.indices[key]!.score! > mine).length;
				}
			}
			return {
				year: edition.year,
				spec,
				groups: groups.filter((g) => g.rows.length || spec.level === 'provinces' || g.group === 'public-services'),
				rows: groups.flatMap((g) => g.rows),
			};
		});
		views.push({
			year: edition.year,
			edition,
			tables,
			previousYear: sortedEditions[i - 1]?.year,
			nextYear: sortedEditions[i + 1]?.year,
		});
	}

	// Changes against the previous edition: same level, preferring a table of the same geography.
	// Across a change of framework, scores measure other things: no score change (not comparable);
	// ranks on the same geography still compare (a place in the same set of units).
	for (const view of views) {
		const prev = views.find((v) => v.year === view.previousYear);
		if (!prev) continue;
		const newFramework = prev.edition.framework.id !== view.edition.framework.id;
		for (const table of view.tables) {
			const candidates = prev.tables
				.filter((t) => t.spec.level === table.spec.level)
				.sort(
					(a, b) =>
						Number(b.spec.geography === table.spec.geography) - Number(a.spec.geography === table.spec.geography) ||
						Number(b.spec.primary) - Number(a.spec.primary),
				);
			for (const row of table.rows) {
				const here = (part: 'rank' | 'total') => valueGap(table.spec, part);
				const cand = candidates.find((c) => c.rows.some((r) => r.unit === row.unit));
				if (!cand) {
					// Not in the previous edition's tables: left out, published without it, or a new unit.
					const unit = units.get(row.unit)!;
					const same = candidates.filter((c) => c.spec.geography === table.spec.geography);
					const gap: GapKind = same.some((c) => c.spec.not_assessed.some((n) => n.unit === row.unit))
						? 'not_assessed'
						: same.some((c) => validOn(unit, c.spec.as_of))
							? same.every((c) => c.rows.length === 0 || c.spec.results_published === false)
								? 'not_published'
								: 'not_in_record'
							: 'not_comparable';
					row.changeGaps = { rank: gap, total: gap };
					continue;
				}
				const p = cand.rows.find((r) => r.unit === row.unit)!;
				const there = (part: 'rank' | 'total') => valueGap(cand.spec, part);
				const sameGeography = cand.spec.geography === table.spec.geography;
				row.previous = {
					year: prev.year,
					table: cand.spec.id,
					rank: p.rank,
					total: p.total,
					sameGeography,
					gaps: {
						...(p.rank === undefined ? { rank: there('rank') } : {}),
						...(p.total === undefined ? { total: there('total') } : {}),
					},
				};
				row.changeGaps = {};
				if (!sameGeography || (row.group ?? null) !== (p.group ?? null)) row.changeGaps.rank = 'not_comparable';
				else if (row.rank === undefined) row.changeGaps.rank = here('rank');
				else if (p.rank === undefined) row.changeGaps.rank = there('rank');
				else row.rankChange = p.rank - row.rank;
				if (newFramework) row.changeGaps.total = 'not_comparable';
				else if (row.total === undefined) row.changeGaps.total = here('total');
				else if (p.total === undefined) row.changeGaps.total = there('total');
				else row.totalChange = round(row.total - p.total);
			}
		}
	}

	const byYear = new Map(views.map((v) => [v.year, v]));
	const unitsInEdition = (year: number, level: Level): Unit[] => {
		const view = byYear.get(year);
		if (!view) return [];
		const tables = view.tables.filter((t) => t.spec.level === level);
		const pool = level === 'provinces' ? provinces : ministries;
		return pool.filter((u) =>
			level === 'provinces'
				? tables.some((t) => validOn(u, t.spec.as_of))
				: tables.some((t) => t.rows.some((r) => r.unit === u.id) || t.spec.not_assessed.some((n) => n.unit === u.id)),
		);
	};

	const seriesCache = new Map<string, UnitEditionEntry[]>();
	const series = (unitId: string): readonly UnitEditionEntry[] => {
		let cached = seriesCache.get(unitId);
		if (!cached) seriesCache.set(unitId, (cached = computeSeries(unitId)));
		return cached;
	};
	const computeSeries = (unitId: string): UnitEditionEntry[] => {
		const unit = units.get(unitId);
		if (!unit) throw new Error(`Unknown unit "${unitId}"`);
		return views.map((view) => {
			const tables = view.tables.filter((t) => t.spec.level === unit.level);
			const results = tables
				.flatMap((table) => table.rows.filter((r) => r.unit === unitId).map((row) => ({ table, row })))
				.sort((a, b) => Number(b.table.spec.primary) - Number(a.table.spec.primary));
			if (results.length) return { year: view.year, status: 'assessed', results };
			const na = tables.flatMap((t) => t.spec.not_assessed).find((n) => n.unit === unitId);
			if (na) return { year: view.year, status: 'not-assessed', results: [], note: na.note };
			if (!tables.some((t) => validOn(unit, t.spec.as_of))) return { year: view.year, status: 'not-existing', results: [] };
			if (tables.every((t) => t.rows.length === 0)) return { year: view.year, status: 'not-published', results: [] };
			return { year: view.year, status: 'not-in-record', results: [] };
		});
	};

	const assessed = (u: Unit) => series(u.id).some((e) => e.status === 'assessed' || e.status === 'not-assessed');
	const withProfile = new Set(
		[...units.values()]
			.filter((u) => assessed(u) || [...u.successors, ...u.predecessors].some((id) => assessed(units.get(id)!)))
			.map((u) => u.id),
	);
	const profileUnits = (level: Level): Unit[] => (level === 'provinces' ? provinces : ministries).filter((u) => withProfile.has(u.id));

	return {
		units,
		provinces,
		profileUnits,
		ministries,
		sources,
		editions: views,
		latest: views[views.length - 1],
		edition: (year) => byYear.get(year),
		series,
		unitsInEdition,
	};
}
