/** Choropleth of a provinces table, Hoàng Sa and Trường Sa in insets. Tag: `<ScoreMap edition={2024} />`. */
import type { TableView } from '../../data/model.ts';
import type { Locale } from '../../i18n.ts';
import { layoutChoropleth } from '../choropleth.ts';
import { topologyFor } from '../geo.ts';
import { mapValues } from '../lookup.ts';
import { chartStrings } from '../strings.ts';
import { fluidView } from '../widths.ts';
import { defineChart, editionSource, tableCsv } from './types.ts';
import { orderedKinds } from '../../data/gaps.ts';
import { t } from '../../i18n.ts';

export interface ScoreMapInput {
	table: TableView;
	highlight?: string;
}

export interface ScoreMapTag {
	edition: number;
	table?: string;
	highlight?: string;
}

export const scoreMap = defineChart({
	slug: 'ban-do',
	tag: 'ScoreMap',
	scope: 'ranking',
	// Drawn on the page (≈ 10 KB gzip since the display simplification); shown only where most units
	// have a published score: a map of hatching says less than the list of the known ones.
	onPage: 'drawn',
	available: (_, { table }) =>
		table.spec.level === 'provinces' &&
		table.rows.filter((r) => r.total !== undefined).length * 2 > (table.spec.size ?? table.rows.length),
	input: ({ table }): ScoreMapInput => ({ table }),
	fromTag: (r, p: ScoreMapTag): ScoreMapInput => ({
		table: r.table(r.edition(p.edition), 'provinces', { id: p.table }),
		highlight: p.highlight,
	}),
	model: (data, { table, highlight }, locale: Locale) => {
		const s = chartStrings(locale);
		// One layout, scaled: the geometry is the page's heaviest part and is not drawn twice.
		const views = fluidView((width) =>
			layoutChoropleth(topologyFor(table.spec.geography), mapValues(data, table, locale), { width, locale }),
		);
		const c = views[0].c;
		const { source, sourceHref } = editionSource(data, table.year, locale);
		const id = ['map', table.year, table.spec.id].join('-');
		const unknown = c.provinces.filter((p) => p.value === undefined);
		const missing = unknown.length;
		// The hatch's legend names why those units have no value (src/lib/data/gaps.ts; a shape with no
		// unit of the registry on the table's date: not in the record).
		const why = orderedKinds(unknown.map((p) => p.gaps?.value ?? 'not_in_record'))
			.map((k) => t(locale).gaps[k])
			.join(' / ');
		const sorted = [...c.provinces].sort(
			(a, b) => (b.value ?? -1) - (a.value ?? -1) || a.label.localeCompare(b.label, 'vi'),
		);
		// The top and bottom units, named beside the map (all of them where several share the value).
		const known = sorted.filter((p) => p.value !== undefined);
		const named = (v?: number) =>
			`${known
				.filter((p) => p.value === v)
				.map((p) => p.label)
				.join(', ')} (${known.find((p) => p.value === v)?.valueText})`;
		const extremes =
			known.length > 1 ? s.mapExtremes(named(known[0].value), named(known.at(-1)!.value)) : undefined;
		return {
			frame: {
				id,
				title: s.mapTitle(table.spec.title[locale]),
				desc: s.mapDesc(c.provinces.length, missing, why.toLowerCase()),
				views,
				source: `${source}. ${s.mapCredit}`,
				sourceHref,
				note: extremes,
				...tableCsv(table, locale),
				locale,
			},
			c,
			sorted,
			highlight,
			/** The hatch's legend label; none when every unit has a value. */
			noDataLabel: missing ? why : undefined,
			/** Why each unit without a value has none, for its tooltip. */
			gapWords: (p: (typeof c.provinces)[number]) =>
				t(locale).gaps[p.gaps?.value ?? 'not_in_record'].toLowerCase(),
		};
	},
	linkText: (s) => s.mapLink,
	embedNote: (s) => s.mapAttribution,
});
