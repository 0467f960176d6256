/**
 * View models: what each page hands its components, made from the dataset once per page. A
 * component receives exactly its view (a table with its units, a unit in an edition, a unit's
 * series), never the whole `Dataset`; only MDX tag entry points resolve ids themselves.
 */
import type { Dataset, EditionView, TableView, Unit, UnitEditionEntry } from './model.ts';
import type { Level, Source } from './schema.ts';
import { assessedYears, frameworkChanged, primaryTable, unitEntry } from './find.ts';

/** The units a unit came from and those that replaced it (registry order). */
export interface Lineage {
	predecessors: Unit[];
	successors: Unit[];
}

/** A unit's lineage. */
export function lineageOf(data: Dataset, unit: Unit): Lineage {
	const get = (id: string) => data.units.get(id)!;
	return { predecessors: unit.predecessors.map(get), successors: unit.successors.map(get) };
}

/** A ranking table with the registry entry of each of its units and its edition's publication date. */
export interface TableUnitsView {
	table: TableView;
	/** Names are shown as on this date (the edition's publication). */
	published: string;
	units: ReadonlyMap<string, Unit>;
}

/** A table with its units. */
export function tableUnitsView(data: Dataset, table: TableView): TableUnitsView {
	return {
		table,
		published: data.edition(table.year)!.edition.published.date,
		units: new Map(table.rows.map((r) => [r.unit, data.units.get(r.unit)!])),
	};
}

/** A unit's entry in every edition, with each edition's legal basis (profile tables). */
export interface UnitSeriesView {
	unit: Unit;
	series: readonly UnitEditionEntry[];
	/** The framework's basis (decision) of each edition, by year. */
	basis: ReadonlyMap<number, string>;
}

/** A unit's series view. */
export function unitSeriesView(data: Dataset, unit: Unit): UnitSeriesView {
	return {
		unit,
		series: data.series(unit.id),
		basis: new Map(data.editions.map((e) => [e.year, e.edition.framework.basis])),
	};
}

/** Everything a unit-in-edition page shows about the unit. */
export interface UnitEditionView {
	unit: Unit;
	view: EditionView;
	entry: UnitEditionEntry;
	/** The edition's framework differs from the previous edition's. */
	frameworkChanged: boolean;
	/** The level's primary table (breadcrumb). */
	primary: TableView;
	/** Years the unit was assessed (links to its other editions). */
	years: number[];
	lineage: Lineage;
	sources: ReadonlyMap<string, Source>;
}

/** The view of a unit in an edition (the unit must have a page in the edition). */
export function unitEditionView(data: Dataset, unit: Unit, year: number): UnitEditionView {
	const view = data.edition(year)!;
	return {
		unit,
		view,
		entry: unitEntry(data, unit.id, year)!,
		frameworkChanged: frameworkChanged(data, view),
		primary: primaryTable(view, unit.level)!,
		years: assessedYears(data, unit.id),
		lineage: lineageOf(data, unit),
		sources: data.sources,
	};
}

/** A unit's profile page: its series and those of its predecessors. */
export interface ProfileView {
	unit: Unit;
	lineage: Lineage;
	years: number[];
	own: UnitSeriesView;
	predecessors: UnitSeriesView[];
	/** What the page opens with: the latest edition with a published rank or total. */
	latest?: LatestResult;
}

/** A unit's latest result and the editions after it that have none (not published, not assessed…). */
export interface LatestResult {
	entry: UnitEditionEntry;
	/** The edition's framework differs from the previous edition's (a score change is indicative only). */
	frameworkChanged: boolean;
	later: UnitEditionEntry[];
}

/** The latest edition in which the unit has a published rank or total, if any. */
export function latestResult(data: Dataset, unit: Unit): LatestResult | undefined {
	const series = data.series(unit.id);
	const has = (e: UnitEditionEntry) =>
		e.status === 'assessed' && e.results.some(({ row }) => row.rank !== undefined || row.total !== undefined);
	const i = series.findLastIndex(has);
	if (i < 0) return undefined;
	const entry = series[i];
	return {
		entry,
		frameworkChanged: frameworkChanged(data, data.edition(entry.year)!),
		later: series.slice(i + 1).filter((e) => e.status !== 'not-existing'),
	};
}

/** The view of a unit's profile. */
export function profileView(data: Dataset, unit: Unit): ProfileView {
	const lineage = lineageOf(data, unit);
	return {
		unit,
		lineage,
		years: assessedYears(data, unit.id),
		own: unitSeriesView(data, unit),
		predecessors: lineage.predecessors.map((p) => unitSeriesView(data, p)),
		latest: latestResult(data, unit),
	};
}

/** The unit list of a level: units with a profile, each with its latest published total. */
export interface UnitListView {
	level: Level;
	units: Unit[];
	/** The latest assessed entry with a published total, by unit id. */
	latest: ReadonlyMap<string, UnitEditionEntry | undefined>;
}

/** The view of a level's unit list. */
export function unitListView(data: Dataset, level: Level): UnitListView {
	const units = data.profileUnits(level);
	const latest = (u: Unit) =>
		[...data.series(u.id)]
			.reverse()
			.find((e) => e.status === 'assessed' && e.results.some((r) => r.row.total !== undefined));
	return { level, units, latest: new Map(units.map((u) => [u.id, latest(u)])) };
}
