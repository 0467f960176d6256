/** All units of a table on one axis (beeswarm), a unit highlighted. Tag: `<Distribution edition={2023} unit="da-nang" />`. */
import type { TableView } from '../../data/model.ts';
import type { Level } from '../../data/schema.ts';
import { peersOf } from '../../data/find.ts';
import type { Locale } from '../../i18n.ts';
import { layoutDistribution } from '../distribution.ts';
import { distItems } from '../lookup.ts';
import { chartStrings } from '../strings.ts';
import { layoutViews } from '../widths.ts';
import { absentUnits, defineChart, editionSource, tableCsv } from './types.ts';

export interface DistributionInput {
	table: TableView;
	/** The unit highlighted (its ministry group only, for ministries). */
	unit?: string;
}

export interface DistributionTag {
	edition: number;
	level?: Level;
	table?: string;
	unit?: string;
}

export const distribution = defineChart({
	slug: 'phan-bo',
	tag: 'Distribution',
	scope: 'unit-edition',
	onPage: 'drawn',
	/** The unit's own total, and at least 5 totals among its peers. */
	available: (_, { table, row }) =>
		row.total !== undefined && peersOf(table, row).filter((r) => r.total !== undefined).length >= 5,
	input: ({ table, unit }): DistributionInput => ({ table, unit: unit.id }),
	fromTag: (r, p: DistributionTag): DistributionInput => {
		const level = p.level ?? 'provinces';
		r.level(level);
		if (p.unit) r.unit(p.unit, level);
		return { table: r.table(r.edition(p.edition), level, { id: p.table }), unit: p.unit };
	},
	model: (data, { table, unit }, locale: Locale, column = 'page') => {
		const s = chartStrings(locale);
		const row = unit ? table.rows.find((r) => r.unit === unit) : undefined;
		const items = distItems(
			data,
			unit && row?.group ? { ...table, rows: table.rows.filter((r) => r.group === row.group) } : table,
			locale,
		);
		const avg = row?.average ?? table.rows[0]?.average;
		const views = layoutViews(column, (width, type) =>
			layoutDistribution(items, { width, type, highlight: unit, average: avg, locale }),
		);
		const c = views[0].c;
		const hi = c.dots.find((d) => d.highlight);
		// The data table lists the drawn units by total, ties in the table's order (not the page's
		// unit last, as the dots are drawn): the same on each unit's page of the table, so drawn once
		// for all of them (`tableFrom`, the table's items).
		const order = new Map(items.map((d, i) => [d.id, i]));
		const rows = [...c.dots].sort(
			(a, b) => (b.value ?? 0) - (a.value ?? 0) || order.get(a.id)! - order.get(b.id)!,
		);
		const absent = absentUnits(
			c.absent.map((d) => ({ label: d.label, gap: d.gaps?.value })),
			locale,
		);
		return {
			frame: {
				id: ['dist', table.year, table.spec.id, unit].filter(Boolean).join('-'),
				title: s.distTitle(table.spec.title[locale]),
				desc: s.distDesc(c.dots.length, hi?.label, hi?.text),
				views,
				column,
				...editionSource(data, table.year, locale),
				...tableCsv(table, locale),
				note: absent.note,
				locale,
				tableFrom: items,
			},
			c,
			rows,
			absent: absent.groups,
		};
	},
});
