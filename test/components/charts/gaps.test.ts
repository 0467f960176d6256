/**
 * Chart data tables name their gaps as the rest of the site does (src/lib/data/gaps.ts): each
 * missing value is the mark of its kind (— … × ○) with the kind's words for screen readers, never
 * a bare dash, and the table's legend explains exactly the marks it uses.
 */
import { describe, expect, it } from 'vitest';
import RankBars from '../../../src/components/charts/RankBars.astro';
import UnitHistory from '../../../src/components/charts/UnitHistory.astro';
import ProfileChart from '../../../src/components/charts/ProfileChart.astro';
import ScoreMap from '../../../src/components/charts/ScoreMap.astro';
import MergerParts from '../../../src/components/charts/MergerParts.astro';
import IndexHistory from '../../../src/components/charts/IndexHistory.astro';
import RankChange from '../../../src/components/charts/RankChange.astro';
import Distribution from '../../../src/components/charts/Distribution.astro';
import { GAP_MARKS, type GapKind } from '../../../src/lib/data/gaps.ts';
import { t } from '../../../src/lib/i18n.ts';
import { realDataset as realData } from '../../fixtures/real-data.ts';
import { render } from './helpers.ts';

const data = realData();
const MARKS = Object.values(GAP_MARKS);
const kindOf = new Map(Object.entries(GAP_MARKS).map(([k, m]) => [m, k as GapKind]));

/** The disclosed data table of the first chart, and the legend after it. */
function dataTable(html: string) {
	const details = html.match(/<details class="chart-data">([\s\S]*?)<\/details>/)?.[1] ?? '';
	const table = details.match(/<table[\s\S]*?<\/table>/)?.[0] ?? '';
	const legend = details.slice(details.indexOf('</table>'));
	return { table, legend };
}

// Charts whose tables have gaps in the real data: a unit with unpublished years, a 63-unit table
// compared with a previous edition mostly not in the record, a ministry (DTI 2024 published no
// ministry results), a map with unknown units; and tables without gaps (no mark, no legend).
const cases: [string, unknown, Record<string, unknown>][] = [
	['UnitHistory ha-giang', UnitHistory, { unit: 'ha-giang' }],
	['UnitHistory da-nang-2025', UnitHistory, { unit: 'da-nang-2025' }],
	['RankChange 2024 63', RankChange, { edition: 2024, table: 'provinces-63' }],
	['RankChange 2021', RankChange, { edition: 2021 }],
	['UnitHistory bo-tai-chinh', UnitHistory, { unit: 'bo-tai-chinh' }],
	['ScoreMap 2021', ScoreMap, { edition: 2021 }],
	['RankBars 2020 ministries', RankBars, { edition: 2020, level: 'ministries' }],
	['ProfileChart 2022 ha-giang', ProfileChart, { edition: 2022, unit: 'ha-giang' }],
	['IndexHistory hue', IndexHistory, { unit: 'hue' }],
	['MergerParts bac-ninh-2025', MergerParts, { unit: 'bac-ninh-2025' }],
	['Distribution 2021', Distribution, { edition: 2021, level: 'provinces' }],
];

describe('chart data tables name their gaps', () => {
	const used = new Set<GapKind>();
	it.each(cases)('%s: marks with words, a legend of exactly those marks', async (_, c, props) => {
		for (const locale of ['vi', 'en'] as const) {
			const html = await render(c, { ...props, data, locale });
			const { table, legend } = dataTable(html);
			expect(table).not.toBe('');
			// Each mark is aria-hidden and followed by its kind's words.
			const marks = [
				...table.matchAll(
					/<span aria-hidden="true">([^<]*)<\/span><span class="visually-hidden">([^<]*)<\/span>/g,
				),
			].filter((m) => MARKS.includes(m[1]));
			for (const [, mark, words] of marks) expect(words).toBe(t(locale).gaps[kindOf.get(mark)!]);
			// No cell with a bare mark outside that pair (a cell that says "—" and nothing else).
			const bare = [...table.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)]
				.map((m) => m[1].replace(/<span aria-hidden="true">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ' '))
				.flatMap((text) => text.split(/\s+/))
				.filter((w) => MARKS.includes(w));
			expect(bare, 'bare gap marks').toEqual([]);
			// The legend: one line per mark used, no other.
			const inTable = new Set(marks.map((m) => m[1]));
			const inLegend = new Set(
				[...legend.matchAll(/<span class="legend-mark" aria-hidden="true">([^<]*)<\/span>/g)].map(
					(m) => m[1],
				),
			);
			expect(inLegend).toEqual(inTable);
			for (const m of inTable) used.add(kindOf.get(m)!);
		}
	});
	it('the cases meet unpublished values and values not in the record', () => {
		expect([...used].sort()).toEqual(expect.arrayContaining(['not_in_record', 'not_published']));
	});
});
