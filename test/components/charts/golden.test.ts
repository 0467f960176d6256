/**
 * Golden SVG files: each chart type rendered through the Container API with the committed data,
 * normalised and compared with test/snapshots/<name>.svg. Reviewers open the .svg files; CI
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
import { realDataset as realData } from '../../fixtures/real-data.ts';
import { matchGolden, normalizeSvg, render, svgs } from './helpers.ts';

const cases: [string, unknown, Record<string, unknown>][] = [
	['rank-bars-2023-top10', RankBars, { edition: 2023, level: 'provinces', top: 10 }],
	['rank-bars-2020-ministries', RankBars, { edition: 2020, level: 'ministries' }],
	['history-da-nang', UnitHistory, { unit: 'da-nang' }],
	['history-da-nang-2025', UnitHistory, { unit: 'da-nang-2025' }],
	['profile-2024-da-nang-2025', ProfileChart, { edition: 2024, unit: 'da-nang-2025' }],
	['distribution-2022-da-nang', Distribution, { edition: 2022, level: 'provinces', unit: 'da-nang' }],
	['map-2022', ScoreMap, { edition: 2022 }],
	['map-2024-34', ScoreMap, { edition: 2024 }],
	['indices-hue', IndexHistory, { unit: 'hue' }],
	['merger-bac-ninh-2025', MergerParts, { unit: 'bac-ninh-2025' }],
	['scatter-2024', IndexScatter, { edition: 2024, x: 'ha_tang_so', y: 'hoat_dong_kinh_te_so' }],
];

describe('golden SVG files', () => {
	it.each(cases)('%s matches its golden file', async (name, component, props) => {
		const html = await render(component, { ...props, data: realData() });
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
