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
export function lineageOf(ds: Dataset, unit: Unit): Lineage {
	const get = (id: string) => ds.units.get(id)!;
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
export function tableUnitsView(ds: Dataset, table: TableView): TableUnitsView {
	return {
		table,
		published: ds.edition(table.year)!.edition.published.date,
		units: new Map(table.rows.map((r) => [r.unit, ds.units.get(r.unit)!])),
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
export function unitSeriesView(ds: Dataset, unit: Unit): UnitSeriesView {
	return {
		unit,
		series: ds.series(unit.id),
		basis: new Map(ds.editions.map((e) => [e.year, e.edition.framework.basis])),
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
export function unitEditionView(ds: Dataset, unit: Unit, year: number): UnitEditionView {
	const view = ds.edition(year)!;
	return {
		unit,
		view,
		entry: unitEntry(ds, unit.id, year)!,
		frameworkChanged: frameworkChanged(ds, view),
		primary: primaryTable(view, unit.level)!,
		years: assessedYears(ds, unit.id),
		lineage: lineageOf(ds, unit),
		sources: ds.sources,
	};
}

/** A unit's profile page: its series and those of its predecessors. */
export interface ProfileView {
	unit: Unit;
	lineage: Lineage;
	years: number[];
	own: UnitSeriesView;
	predecessors: UnitSeriesView[];
}

/** The view of a unit's profile. */
export function profileView(ds: Dataset, unit: Unit): ProfileView {
	const lineage = lineageOf(ds, unit);
	return {
		unit,
		lineage,
		years: assessedYears(ds, unit.id),
		own: unitSeriesView(ds, unit),
		predecessors: lineage.predecessors.map((p) => unitSeriesView(ds, p)),
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
export function unitListView(ds: Dataset, level: Level): UnitListView {
	const units = ds.profileUnits(level);
	const latest = (u: Unit) =>
		[...ds.series(u.id)]
			.reverse()
			.find((e) => e.status === 'assessed' && e.results.some((r) => r.row.total !== undefined));
	return { level, units, latest: new Map(units.map((u) => [u.id, latest(u)])) };
}
