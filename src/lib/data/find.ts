/**
 * The finder family: every question a page asks of the model, answered once. Plain finders
 * return `undefined` when there is nothing to find; `resolver()` is the one way MDX tags and
 * other id-based entry points turn ids into views, failing with a message that names what
 * exists (a typo in an article stops the build clearly).
 */
import type { Dataset, EditionView, RankedRow, TableView, Unit, UnitEditionEntry } from './model.ts';
import type { FrameworkItem, Level } from './schema.ts';
import { validOn } from './validity.ts';

export { validOn, OPEN_END } from './validity.ts';

/** The levels of the model, in page order. */
export const LEVELS: readonly Level[] = ['provinces', 'ministries'];

/** Tables of a level in an edition, the primary table first. */
export function tablesOf(view: EditionView, level: Level): TableView[] {
	return view.tables
		.filter((t) => t.spec.level === level)
		.sort((a, b) => Number(b.spec.primary) - Number(a.spec.primary));
}

/** The primary table of a level in an edition (else its first table; undefined if none). */
export function primaryTable(view: EditionView, level: Level): TableView | undefined {
	return tablesOf(view, level)[0];
}

/** A table of an edition by id. */
export function tableById(view: EditionView, id: string): TableView | undefined {
	return view.tables.find((t) => t.spec.id === id);
}

/** The edition before `view`, if any. */
export function previousEdition(data: Dataset, view: EditionView): EditionView | undefined {
	return view.previousYear === undefined ? undefined : data.edition(view.previousYear);
}

/** Whether the edition's framework differs from the previous edition's (false for the first). */
export function frameworkChanged(data: Dataset, view: EditionView): boolean {
	const prev = previousEdition(data, view);
	return prev !== undefined && prev.edition.framework.id !== view.edition.framework.id;
}

/** A unit's entry in one edition (status, rows, note), from its series. */
export function unitEntry(data: Dataset, unitId: string, year: number): UnitEditionEntry | undefined {
	return data.series(unitId).find((e) => e.year === year);
}

/** A unit's main result in an edition: its row in the primary table holding it. */
export function unitResult(
	data: Dataset,
	unitId: string,
	year: number,
): { table: TableView; row: RankedRow } | undefined {
	return unitEntry(data, unitId, year)?.results[0];
}

/** Years in which the unit was assessed (has a row), oldest first. */
export function assessedYears(data: Dataset, unitId: string): number[] {
	return data
		.series(unitId)
		.filter((e) => e.status === 'assessed')
		.map((e) => e.year);
}

/** Rows ranked against `row`: the same table and, for ministries, the same group. */
export function peersOf(table: TableView, row: RankedRow): RankedRow[] {
	return table.rows.filter((r) => (r.group ?? null) === (row.group ?? null));
}

/** The first-ranked row among `rows` (the first of a tie). */
export function leaderOf(rows: RankedRow[]): RankedRow | undefined {
	return rows.find((r) => r.rank === 1);
}

/** Units of `pool` valid on `date`. */
export function unitsOn<U extends Unit>(pool: readonly U[], date: string): U[] {
	return pool.filter((u) => validOn(u, date));
}

/** Pillars or main indices a total is made of in this edition's framework. */
export function subScoreKind(view: EditionView): 'pillars' | 'indices' {
	return view.edition.framework.total_from === 'pillars' ? 'pillars' : 'indices';
}

/** A pillar or main index of an edition's framework by key. */
export function frameworkItem(view: EditionView, key: string): FrameworkItem | undefined {
	return [...view.edition.framework.pillars, ...view.edition.framework.indices].find((i) => i.key === key);
}

/**
 * Averages of the sub-scores (pillars or indices) a unit is compared with: the published pillar
 * average where there is one, else the mean of `peers` when every peer's score is published
 * (`computed` says so); never guessed.
 */
export function subScoreAverage(
	view: EditionView,
	kind: 'pillars' | 'indices',
	key: string,
	peers: RankedRow[],
): { value?: number; computed: boolean } {
	const published = kind === 'pillars' ? view.edition.pillar_averages[key]?.value : undefined;
	if (published !== undefined) return { value: published, computed: false };
	const value = meanOfAll(peers.map((r) => r[kind][key]?.score));
	return { value, computed: value !== undefined };
}

/**
 * The mean of values, to the 4 digits scores are published with, only when there are at least
 * two and every one is published (a mean of the known part of a table is not its mean).
 */
export function meanOfAll(values: readonly (number | undefined)[]): number | undefined {
	if (values.length < 2 || values.some((v) => v === undefined)) return undefined;
	const mean = (values as number[]).reduce((a, b) => a + b, 0) / values.length;
	return Number(mean.toFixed(4));
}

/** What a resolver failure is thrown as (the caller's error class, e.g. ChartDataError). */
export type LookupErrorClass = new (message: string) => Error;

/** A lookup by id failed (the default error of `resolver`). */
export class LookupError extends Error {
	override name = 'LookupError';
}

/**
 * Id-based lookups for one entry point (`where` starts each message, e.g. `<Value edition={2022}
 * unit="x">` or `Chart`); each finder returns the view or throws `ErrorClass` naming what exists.
 */
export function resolver(data: Dataset, where: string, ErrorClass: LookupErrorClass = LookupError) {
	const fail = (message: string): never => {
		throw new ErrorClass(`${where}: ${message}`);
	};
	const edition = (year: number): EditionView =>
		data.edition(Number(year)) ??
		fail(
			`there is no DTI edition ${year} in data/editions (known: ${data.editions.map((e) => e.year).join(', ')})`,
		);
	const level = (l: Level): Level =>
		LEVELS.includes(l) ? l : fail(`unknown level "${l}" (levels: ${LEVELS.join(', ')})`);
	const unit = (id: string, of?: Level): Unit => {
		const u = data.units.get(id);
		if (u && (!of || u.level === of)) return u;
		const near = [...data.units.keys()].filter((k) => k.startsWith(id.slice(0, 4))).slice(0, 5);
		return fail(
			`unknown ${of ? `${of} ` : ''}unit "${id}" (not in data/units/*.json${near.length ? `; did you mean ${near.join(', ')}?` : ''})`,
		);
	};
	/** The table of a level: `id` if given, else the primary table holding `holding`, else the primary. */
	const table = (view: EditionView, of: Level, opts: { id?: string; holding?: string } = {}): TableView => {
		level(of);
		const tables = tablesOf(view, of);
		const listed = () => view.tables.map((t) => t.spec.id).join(', ');
		if (opts.id)
			return (
				tables.find((t) => t.spec.id === opts.id) ??
				fail(`DTI ${view.year} has no ${of} table "${opts.id}" (tables: ${listed()})`)
			);
		if (!tables.length) return fail(`DTI ${view.year} has no ${of} table (tables: ${listed()})`);
		const { holding } = opts;
		return (holding && tables.find((t) => t.rows.some((r) => r.unit === holding))) || tables[0];
	};
	const row = (t: TableView, unitId: string): RankedRow =>
		t.rows.find((r) => r.unit === unitId) ??
		fail(`"${unitId}" has no row in the DTI ${t.year} table "${t.spec.id}"`);
	/** The unit's main result in an edition (see `unitResult`). */
	const result = (unitId: string, year: number): { table: TableView; row: RankedRow } => {
		unit(unitId);
		edition(year);
		return unitResult(data, unitId, Number(year)) ?? fail(`"${unitId}" has no result in DTI ${year}`);
	};
	return { edition, level, unit, table, row, result, fail };
}

/** The lookups `resolver` returns. */
export type Resolver = ReturnType<typeof resolver>;
