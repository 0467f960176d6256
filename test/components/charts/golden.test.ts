/**
 * Golden SVG files: each chart type rendered through the Container API with a small synthetic
 * dataset (test/fixtures/charts.ts, not data/: a data correction never rewrites a golden; the
 * real data keeps its own build tests), normalised and compared with test/snapshots/<name>.svg. Reviewers open the .svg files; CI
 * compares only, locally a mismatch leaves <name>-changed.svg for inspection.
 */
import { describe, expect, it } from 'vitest';
import RankBars from '../../../src/components/charts/RankBars.astro';
import UnitHistory from '../../../src/components/charts/UnitHistory.astro';
import ProfileChart from '../../../src/components/charts/ProfileChart.astro';
import Distribution from '../../../src/components/charts/Distribution.astro';
import ScoreMap from '../../../src/components/charts/ScoreMap.astro';
import IndexScatter from '../../../src/components/charts/IndexScatter.astro';
import MergerParts from '../../../src/components/charts/MergerParts.astro';
import IndexHistory from '../../../src/components/charts/IndexHistory.astro';
import RankChange from '../../../src/components/charts/RankChange.astro';
import IndexHeatmap from '../../../src/components/charts/IndexHeatmap.astro';
import { buildDataset } from '../../../src/lib/data/model.ts';
import { chartFixture } from '../../fixtures/charts.ts';
import { matchGolden, normalizeSvg, render, svgs } from './helpers.ts';

const cases: [string, unknown, Record<string, unknown>][] = [
	['rank-bars-2023-top5', RankBars, { edition: 2023, level: 'provinces', top: 5 }],
	['rank-bars-2022-ministries', RankBars, { edition: 2022, level: 'ministries' }],
	['history-da-nang', UnitHistory, { unit: 'da-nang' }],
	['history-da-nang-2025', UnitHistory, { unit: 'da-nang-2025' }],
	['profile-2025-da-nang-2025', ProfileChart, { edition: 2025, unit: 'da-nang-2025' }],
	['distribution-2022-da-nang', Distribution, { edition: 2022, level: 'provinces', unit: 'da-nang' }],
	['map-2022', ScoreMap, { edition: 2022 }],
	['map-2025-34', ScoreMap, { edition: 2025 }],
	['indices-ha-noi', IndexHistory, { unit: 'ha-noi' }],
	['merger-da-nang-2025', MergerParts, { unit: 'da-nang-2025' }],
	['scatter-2023', IndexScatter, { edition: 2023, x: 'ha_tang_so', y: 'hoat_dong_kinh_te_so' }],
	['rank-change-2023', RankChange, { edition: 2023 }],
	['heatmap-2023', IndexHeatmap, { edition: 2023 }],
];
const data = buildDataset(chartFixture());

describe('golden SVG files', () => {
	it.each(cases)('%s matches its golden file', async (name, component, props) => {
		const html = await render(component, { ...props, data });
		const all = svgs(html);
		expect(all.length).toBeGreaterThan(0);
		const result = matchGolden(name, all.map(normalizeSvg).join('\n'));
		expect(result.ok, result.message).toBe(true);
	});
});

describe('a missing golden file', () => {
	it('fails in every environment and says how to create it', () => {
		const update = process.env.UPDATE_GOLDEN;
		delete process.env.UPDATE_GOLDEN;
		try {
			const r = matchGolden('no-such-chart', '<svg/>');
			expect(r.ok).toBe(false);
			expect(r.message).toContain('UPDATE_GOLDEN=1 npx vitest run');
		} finally {
			if (update !== undefined) process.env.UPDATE_GOLDEN = update;
		}
	});
});
