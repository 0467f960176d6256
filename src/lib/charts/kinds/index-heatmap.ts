/** Every unit's main-index scores as a heatmap, where all are published. Tag: `<IndexHeatmap edition={2024} />`. */
import type { EditionView, TableView } from '../../data/model.ts';
import type { Level } from '../../data/schema.ts';
import type { Locale } from '../../i18n.ts';
import { formatScore } from '../../format.ts';
import { layoutHeatmap } from '../heatmap.ts';
import { layoutViews } from '../widths.ts';
import { heatRows } from '../lookup.ts';
import { chartStrings } from '../strings.ts';
import { defineChart, editionSource, tableCsv } from './types.ts';

/**
 * Whether a table has a full heatmap: the edition's framework has main indices and every unit
 * of the table has a published score for every one of them (a partial grid is not drawn).
 */
export function hasHeatmap(view: EditionView, table: TableView): boolean {
	const keys = view.edition.framework.indices.map((i) => i.key);
	return (
		keys.length > 1 &&
		table.rows.length > 1 &&
		table.rows.every((r) => keys.every((k) => r.indices[k]?.score !== undefined))
	);
}

export interface IndexHeatmapInput {
	table: TableView;
	/** Hide the data table (the ranking page lists every main-index score). */
	showTable?: boolean;
}

export interface IndexHeatmapTag {
	edition: number;
	level?: Level;
	table?: string;
}

export const indexHeatmap = defineChart({
	slug: 'bieu-do-nhiet',
	tag: 'IndexHeatmap',
	scope: 'ranking',
	onPage: 'drawn',
	available: (_, { view, table }) => hasHeatmap(view, table),
	input: ({ table }, on): IndexHeatmapInput => ({ table, showTable: on === 'embed' }),
	fromTag: (r, p: IndexHeatmapTag): IndexHeatmapInput => {
		const level = p.level ?? 'provinces';
		r.level(level);
		const view = r.edition(p.edition);
		const table = r.table(view, level, { id: p.table });
		if (!hasHeatmap(view, table))
			r.fail(
				`DTI ${p.edition} table "${table.spec.id}" does not have every main-index score of every unit (no heatmap is drawn from a partial grid)`,
			);
		return { table };
	},
	model: (data, { table, showTable = true }, locale: Locale, column = 'page') => {
		const s = chartStrings(locale);
		const indices = data.edition(table.year)!.edition.framework.indices;
		const columns = indices.map((i) => ({ key: i.key, label: i.name[locale] }));
		const rows = heatRows(
			data,
			table,
			indices.map((i) => i.key),
			locale,
		);
		const views = layoutViews(column, (width, type) => layoutHeatmap(rows, columns, { width, type, locale }));
		const c = views[0].c;
		const where = (cells: typeof c.extremes.min) =>
			cells.length === 1 ? s.heatCell(cells[0].unit, cells[0].column) : s.heatCells(cells.length);
		const { min, max } = c.extremes;
		return {
			frame: {
				id: ['heatmap', table.year, table.spec.id].join('-'),
				title: s.heatTitle(table.spec.title[locale]),
				desc: s.heatDesc(
					rows.length,
					columns.length,
					min[0].text,
					where(min),
					max[0].text,
					where(max),
					formatScore(c.domain[0], locale, 2),
					formatScore(c.domain[1], locale, 2),
				),
				views,
				column,
				...editionSource(data, table.year, locale),
				...tableCsv(table, locale),
				locale,
			},
			c,
			showTable,
		};
	},
});
