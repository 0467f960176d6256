/**
 * Chart data from the dataset model, by edition, level and unit. MDX tags and pages call these;
 * an unknown edition, level, table or unit throws a `ChartDataError` naming what exists, so a
 * typo in an article stops the build with a clear message.
 */
import { unitName } from '../names.ts';
import type { Dataset, EditionView, RankedRow, TableView, Unit } from '../data/model.ts';
import type { Level } from '../data/schema.ts';
import type { Locale } from '../format.ts';
import {
	frameworkItem,
	leaderOf,
	peersOf,
	resolver,
	subScoreAverage,
	subScoreKind,
	unitsOn,
} from '../data/find.ts';
import { paths } from '../url.ts';
import { validOn } from '../data/validity.ts';
import { t } from '../i18n.ts';
import { ENTRY_GAPS, entryGap, valueGap, type GapKind } from '../data/gaps.ts';
import type { BarRow } from './bar-ranking.ts';
import type { DistItem } from './distribution.ts';
import type { HistoryPoint, HistorySeries } from './history.ts';
import type { MapValue } from './choropleth.ts';
import type { ProfileItem } from './unit-profile.ts';
import type { RankChangeRow } from './rank-change.ts';
import type { HeatRow } from './heatmap.ts';
import type { ScatterPoint } from './scatter.ts';

/** A chart asked for data that does not exist. */
export class ChartDataError extends Error {
	override name = 'ChartDataError';
}

/** The resolver of chart tags: failures are `ChartDataError`s starting "Chart:". */
export const chartResolver = (data: Dataset) => resolver(data, 'Chart', ChartDataError);
const chart = chartResolver;

/** The edition of `year`, or a ChartDataError listing the editions. */
export function findEdition(data: Dataset, year: number): EditionView {
	return chart(data).edition(year);
}

/** The table of an edition and level: `tableId` if given, else the level's primary table. */
export function findTable(data: Dataset, year: number, level: Level, tableId?: string): TableView {
	const r = chart(data);
	r.level(level);
	return r.table(r.edition(year), level, { id: tableId });
}

/** The unit with this id (optionally of a level), or a ChartDataError with close matches. */
export function findUnit(data: Dataset, id: string, level?: Level): Unit {
	return chart(data).unit(id, level);
}

/** The unit's name as it was on `date` (see `unitName`), e.g. "Thừa Thiên Huế" in DTI 2022. */
export function nameOn(data: Dataset, id: string, locale: Locale = 'vi', date?: string): string {
	const u = data.units.get(id);
	return u ? unitName(u, locale, date) : id;
}

/** Names in a table are those in use when its edition was published, as on the ranking page. */
const published = (data: Dataset, table: TableView) => data.edition(table.year)?.edition.published.date;

const name = (data: Dataset, id: string, locale: Locale, date?: string) => nameOn(data, id, locale, date);

/** Rows of a table (or one ministry group) as ranked bars, first `top` rows if given. */
export function barRows(
	data: Dataset,
	rows: RankedRow[],
	table: TableView,
	top?: number,
	locale: Locale = 'vi',
): BarRow[] {
	return rows.slice(0, top ?? rows.length).map((r) => ({
		id: r.unit,
		label: name(data, r.unit, locale, published(data, table)),
		rank: r.rank,
		tied: r.tied,
		value: r.total,
		gaps: rowGaps(table, r),
		href: paths(locale).unitInEdition(table.year, table.spec.level, r.unit),
	}));
}

/** Why a row's rank or total is missing (src/lib/data/gaps.ts), set only where one is. */
function rowGaps(table: TableView, r: RankedRow): { value?: GapKind; rank?: GapKind } {
	return {
		...(r.total === undefined ? { value: valueGap(table.spec, 'total') } : {}),
		...(r.rank === undefined ? { rank: valueGap(table.spec, 'rank') } : {}),
	};
}

/**
 * Every unit of a table with its rank and its rank in the previous edition, where the model
 * compares them (same geography and group, both ranks known); otherwise `previous` is absent.
 */
export function rankChangeRows(data: Dataset, table: TableView, locale: Locale = 'vi'): RankChangeRow[] {
	return table.rows.map((r) => ({
		id: r.unit,
		label: name(data, r.unit, locale, published(data, table)),
		rank: r.rank,
		previous: r.rankChange === undefined ? undefined : r.previous?.rank,
		tied: r.tied,
		// The previous rank is shown only where the change is (same geography and group).
		gaps: {
			...(r.rank === undefined ? { rank: valueGap(table.spec, 'rank') } : {}),
			...(r.rankChange === undefined
				? { previous: r.previous?.gaps.rank ?? r.changeGaps.rank, change: r.changeGaps.rank }
				: {}),
		},
		href: paths(locale).unitInEdition(table.year, table.spec.level, r.unit),
	}));
}

/** Every unit of a table with its scores of the given main indices (undefined where not published). */
export function heatRows(data: Dataset, table: TableView, keys: string[], locale: Locale = 'vi'): HeatRow[] {
	return table.rows.map((r) => ({
		id: r.unit,
		label: name(data, r.unit, locale, published(data, table)),
		rank: r.rank,
		href: paths(locale).unitInEdition(table.year, table.spec.level, r.unit),
		values: keys.map((k) => r.indices[k]?.score),
		gaps: {
			...(r.rank === undefined ? { rank: valueGap(table.spec, 'rank') } : {}),
			...(keys.some((k) => r.indices[k]?.score === undefined)
				? { value: valueGap(table.spec, 'indices') }
				: {}),
		},
	}));
}

/** Distribution items already made, by table and locale (a table's are the same on each of its units' pages). */
const distItemsMade = new WeakMap<TableView, Map<Locale, DistItem[]>>();

/** Every unit of a table as a distribution item (published total or none); read-only. */
export function distItems(data: Dataset, table: TableView, locale: Locale = 'vi'): DistItem[] {
	let byLocale = distItemsMade.get(table);
	if (!byLocale) distItemsMade.set(table, (byLocale = new Map()));
	let items = byLocale.get(locale);
	if (!items) byLocale.set(locale, (items = makeDistItems(data, table, locale)));
	return items;
}

function makeDistItems(data: Dataset, table: TableView, locale: Locale): DistItem[] {
	return table.rows.map((r) => ({
		id: r.unit,
		label: name(data, r.unit, locale, published(data, table)),
		value: r.total,
		gaps: rowGaps(table, r),
		href: paths(locale).unitInEdition(table.year, table.spec.level, r.unit),
	}));
}

/**
 * Map values keyed by GSO code: the units valid on the table's date (codes repeat between old
 * and new units, so the registry decides, never the name), with the table's total if published.
 */
export function mapValues(data: Dataset, table: TableView, locale: Locale = 'vi'): Map<string, MapValue> {
	const byUnit = new Map(table.rows.map((r) => [r.unit, r]));
	const out = new Map<string, MapValue>();
	for (const u of unitsOn(data.provinces, table.spec.as_of)) {
		if (u.level !== 'provinces') continue;
		if (out.has(u.code))
			throw new ChartDataError(`Chart: two units share code ${u.code} on ${table.spec.as_of}.`);
		const row = byUnit.get(u.id);
		out.set(u.code, {
			id: u.id,
			label: name(data, u.id, locale, published(data, table)),
			value: row?.total,
			gaps: row ? rowGaps(table, row) : { value: missingRowGap(table, u.id) },
			href: paths(locale).unitInEdition(table.year, 'provinces', u.id),
		});
	}
	return out;
}

/** Why a unit valid on a table's date has no row in it: left out, not published, or not in the record. */
function missingRowGap(table: TableView, unitId: string): GapKind {
	if (table.spec.not_assessed.some((n) => n.unit === unitId)) return 'not_assessed';
	return table.spec.results_published === false ? 'not_published' : 'not_in_record';
}

/** Label of a pillar or main index of an edition's framework. */
export function indexLabel(view: EditionView, key: string, locale: Locale = 'vi'): string {
	const item = frameworkItem(view, key);
	if (!item) throw new ChartDataError(`Chart: DTI ${view.year} has no pillar or main index "${key}".`);
	return item.name[locale];
}

/** The unit's row in an edition (its primary result), or a ChartDataError. */
export function unitRow(data: Dataset, year: number, unitId: string): { table: TableView; row: RankedRow } {
	return chart(data).result(unitId, year);
}

/**
 * Profile rows of a unit in an edition: the total (published average, leader), then each pillar
 * (2020) or main index (2021 on). Sub-index averages are published pillar averages, or the mean
 * of the table when every unit's score is published (`computedAverage` says so); never guessed.
 */
export function profileItems(data: Dataset, year: number, unitId: string, locale: Locale = 'vi') {
	const { table, row } = unitRow(data, year, unitId);
	const view = findEdition(data, year);
	const fw = view.edition.framework;
	const kind = subScoreKind(view);
	const peers = peersOf(table, row);
	const leader = leaderOf(peers);
	let computedAverage = false;
	const items: ProfileItem[] = [
		{
			key: 'total',
			label: locale === 'vi' ? 'Điểm DTI' : 'DTI score',
			value: row.total,
			average: row.average,
			leader: row.leaderTotal,
			gaps: {
				...(row.total === undefined ? { value: valueGap(table.spec, 'total') } : {}),
				...(row.average === undefined ? { average: valueGap(table.spec, 'total') } : {}),
				...(row.leaderTotal === undefined ? { leader: valueGap(table.spec, 'total') } : {}),
			},
		},
		...fw[kind].map((item) => {
			const { value: average, computed } = subScoreAverage(view, kind, item.key, peers);
			computedAverage ||= computed;
			const value = row[kind][item.key]?.score;
			const best = leader?.[kind][item.key]?.score;
			// A missing average: not every peer's score is known (the mean of a part is not shown).
			const gap = valueGap(table.spec, kind);
			return {
				key: item.key,
				label: item.name[locale],
				value,
				average,
				leader: best,
				gaps: {
					...(value === undefined ? { value: gap } : {}),
					...(average === undefined ? { average: gap } : {}),
					...(best === undefined ? { leader: gap } : {}),
				},
			};
		}),
	];
	return {
		table,
		row,
		kind,
		items,
		computedAverage,
		peers: peers.length,
		leader: leader ? name(data, leader.unit, locale) : undefined,
	};
}

/** Editions with their framework id, oldest first (history x-axis). */
export function historyEditions(data: Dataset) {
	return data.editions.map((e) => ({ year: e.year, framework: e.edition.framework.id }));
}

/** The ranking board of a row: its table's geography, and for ministries its group. */
export function rankBoard(table: TableView, row: RankedRow): string {
	return row.group ? `${table.spec.geography}:${row.group}` : table.spec.geography;
}

/**
 * History series: the unit's own results per edition, then each predecessor's (labelled as such).
 * The score is the primary table's; ranks come from every table the unit is in, each on its
 * board (`rankBoard`), so a 2024 rank of 63 and one of 34 stay apart. An edition where the unit
 * was ranked but a value was not published is marked `missing`.
 */
export function historySeries(data: Dataset, unitId: string, locale: Locale = 'vi'): HistorySeries[] {
	const unit = findUnit(data, unitId);
	const one = (id: string, label: string): HistorySeries => ({
		id,
		label,
		points: data.series(id).flatMap((e): HistoryPoint[] => {
			if (e.status === 'not-in-record' || e.status === 'not-published')
				return [
					{ year: e.year, missing: true, gaps: { value: ENTRY_GAPS[e.status], rank: ENTRY_GAPS[e.status] } },
				];
			const hit = e.results[0];
			if (!hit) return [];
			const { row } = hit;
			return [
				{
					year: e.year,
					score: row.total,
					ranks: e.results.map(({ table, row: r }) => ({
						board: rankBoard(table, r),
						rank: r.rank,
						outOf: r.outOf,
						...(r.rank === undefined ? { gap: valueGap(table.spec, 'rank') } : {}),
					})),
					missing: row.total === undefined || row.rank === undefined,
					...(row.total === undefined ? { gaps: { value: entryGap(e, 'total') } } : {}),
				},
			];
		}),
	});
	const suffix = t(locale).charts.predecessorSuffix;
	return [
		one(unit.id, name(data, unit.id, locale)),
		...unit.predecessors.map((p) => one(p, name(data, p, locale) + suffix)),
	];
}

/** Units of a table with two pillar or index scores (undefined where not published). */
export function scatterPoints(
	data: Dataset,
	table: TableView,
	xKey: string,
	yKey: string,
	locale: Locale = 'vi',
): ScatterPoint[] {
	const view = findEdition(data, table.year);
	indexLabel(view, xKey);
	indexLabel(view, yKey);
	const score = (r: RankedRow, k: string) => r.indices[k]?.score ?? r.pillars[k]?.score;
	const part = (k: string) =>
		view.edition.framework.indices.some((i) => i.key === k) ? 'indices' : 'pillars';
	return table.rows.map((r) => ({
		id: r.unit,
		label: name(data, r.unit, locale, published(data, table)),
		x: score(r, xKey),
		y: score(r, yKey),
		gaps: {
			...(score(r, xKey) === undefined ? { x: valueGap(table.spec, part(xKey)) } : {}),
			...(score(r, yKey) === undefined ? { y: valueGap(table.spec, part(yKey)) } : {}),
		},
		href: paths(locale).unitInEdition(table.year, table.spec.level, r.unit),
	}));
}

/**
 * A merged unit's former units in the edition published for both geographies: the first edition
 * (newest first) with the unit's row in one table and another table of the level, of a different
 * geography, dated when every former unit existed. Each former unit's row there (its score and
 * rank), or none where it is not in that table (drawn as a gap). Undefined for a unit without
 * predecessors or without such an edition.
 */
export function mergerParts(data: Dataset, unitId: string, locale: Locale = 'vi') {
	const unit = findUnit(data, unitId);
	if (!unit.predecessors.length) return undefined;
	const preds = unit.predecessors.map((id) => findUnit(data, id));
	for (const view of [...data.editions].reverse()) {
		const own = data.series(unit.id).find((e) => e.year === view.year)?.results[0];
		if (!own) continue;
		const before = view.tables.find(
			(t) =>
				t.spec.level === unit.level &&
				t !== own.table &&
				t.spec.geography !== own.table.spec.geography &&
				preds.every((p) => validOn(p, t.spec.as_of)),
		);
		if (!before) continue;
		const date = view.edition.published.date;
		const rankText = (r?: RankedRow) =>
			r?.rank === undefined ? undefined : `${r.rank}${r.outOf ? `/${r.outOf}` : ''}`;
		return {
			year: view.year,
			table: own.table,
			before,
			merged: {
				id: unit.id,
				label: name(data, unit.id, locale, date),
				value: own.row.total,
				rankText: rankText(own.row),
				gaps: rowGaps(own.table, own.row),
			},
			parts: preds.map((p) => {
				const row = before.rows.find((r) => r.unit === p.id);
				return {
					id: p.id,
					label: name(data, p.id, locale, date),
					value: row?.total,
					rankText: rankText(row),
					gaps: row
						? rowGaps(before, row)
						: { value: missingRowGap(before, p.id), rank: missingRowGap(before, p.id) },
				};
			}),
		};
	}
	return undefined;
}

/**
 * A unit's main indices over the editions of one framework: the framework with the most editions
 * in which the unit has a published main-index score (at least two; the latest on a tie). Each
 * index has one point per edition of that framework, without a value where none was published
 * (`note` says why). `others` lists editions of other frameworks with index scores, which the
 * chart names but never joins to these.
 */
export function indexTimeline(data: Dataset, unitId: string, locale: Locale = 'vi') {
	const unit = findUnit(data, unitId);
	const s = t(locale);
	const entries = new Map(data.series(unit.id).map((e) => [e.year, e]));
	const rowOf = (year: number) => entries.get(year)?.results[0]?.row;
	const hasIndices = (year: number) =>
		Object.values(rowOf(year)?.indices ?? {}).some((v) => v.score !== undefined);
	const byFramework = new Map<string, EditionView[]>();
	for (const v of data.editions)
		byFramework.set(v.edition.framework.id, [...(byFramework.get(v.edition.framework.id) ?? []), v]);
	const ranked = [...byFramework.values()]
		.map((views) => ({ views, published: views.filter((v) => hasIndices(v.year)).length }))
		.filter((f) => f.published >= 2)
		.sort((a, b) => b.published - a.published || b.views[0].year - a.views[0].year);
	const chosen = ranked[0]?.views;
	if (!chosen) return undefined;
	const fw = chosen[0].edition.framework;
	const gapNote = (year: number) => {
		const e = entries.get(year);
		const gap = entryGap(e, 'indices');
		return gap ? s.gaps[gap] : s.statuses[e?.status ?? 'not-existing'];
	};
	return {
		unit,
		framework: { id: fw.id, basis: chosen.at(-1)!.edition.framework.basis },
		years: chosen.map((v) => v.year),
		items: fw.indices.map((item) => ({
			key: item.key,
			label: item.name[locale],
			points: chosen.map((v) => {
				const value = rowOf(v.year)?.indices[item.key]?.score;
				return value === undefined
					? { year: v.year, note: gapNote(v.year), gap: entryGap(entries.get(v.year), 'indices') }
					: { year: v.year, value };
			}),
		})),
		others: data.editions
			.filter((v) => v.edition.framework.id !== fw.id && hasIndices(v.year))
			.map((v) => v.year),
	};
}
