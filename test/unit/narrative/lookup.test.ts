/** Figures quoted in prose come from the real data; anything unknown or unpublished fails with a clear message. */
import { describe, expect, it } from 'vitest';
import {
	quoteAverage,
	quoteFramework,
	quoteMean,
	quoteNational,
	quoteSize,
	quoteValue,
} from '../../../src/lib/narrative/lookup.ts';
import { mentionedUnits, forUnit, forEdition, toItem } from '../../../src/lib/narrative/index.ts';
import { realDataset } from '../../fixtures/real-data.ts';

const data = realDataset();

describe('quoteValue', () => {
	it.each([
		[{ edition: 2022, unit: 'da-nang' }, '0,8002', 0.8002],
		[{ edition: 2020, unit: 'da-nang', field: 'total' as const }, '0,4874', 0.4874],
		[{ edition: 2021, unit: 'vinh-phuc', field: 'rank' as const }, '12 (đồng hạng)', 12],
		[{ edition: 2023, unit: 'ha-noi', field: 'rankChange' as const }, 'tăng 18 bậc', 18],
		[{ edition: 2020, unit: 'bac-giang', field: 'pillarRank.xa_hoi_so' as const }, '25', 25],
		[{ edition: 2020, unit: 'bac-giang', field: 'pillar.chinh_quyen_so' as const }, '0,4455', 0.4455],
		[{ edition: 2024, unit: 'da-nang' }, '0,8335', 0.8335],
		[{ edition: 2024, unit: 'da-nang-2025', field: 'rank' as const }, '17', 17],
	])('%o → %s', (q, text, value) => {
		const r = quoteValue(data, q);
		expect(r.text).toBe(text);
		expect(r.value).toBe(value);
	});

	it('prints magnitudes with abs', () => {
		expect(quoteValue(data, { edition: 2020, unit: 'ninh-thuan', field: 'diffLeader' }).text).toBe('−0,2766');
		expect(quoteValue(data, { edition: 2020, unit: 'ninh-thuan', field: 'diffLeader', abs: true }).text).toBe(
			'0,2766',
		);
		// 0,8002 (2022) − 0,6419 (2021), one framework.
		expect(quoteValue(data, { edition: 2022, unit: 'da-nang', field: 'totalChange', abs: true }).text).toBe(
			'0,1583',
		);
		// DTI 2021 has another framework than DTI 2020: no score change to quote.
		expect(() => quoteValue(data, { edition: 2021, unit: 'da-nang', field: 'totalChange' })).toThrow(
			/change of total/,
		);
	});

	it.each([
		[
			{ edition: 2019, unit: 'da-nang' },
			'there is no DTI edition 2019 in data/editions (known: 2020, 2021, 2022, 2023, 2024)',
		],
		[{ edition: 2022, unit: 'atlantis' }, 'unknown unit "atlantis" (not in data/units/*.json)'],
		[{ edition: 2022, unit: 'da-nang', field: 'score' as never }, 'unknown field "score"'],
		[{ edition: 2022, unit: 'da-nang', field: 'index.foo' as const }, 'DTI 2022 has no main index "foo"'],
		[{ edition: 2021, unit: 'ha-noi' }, 'the total of "ha-noi" in DTI 2021 is not published'],
		[
			{ edition: 2024, unit: 'da-nang-2025', table: 'provinces-63' },
			'"da-nang-2025" has no row in the DTI 2024 table "provinces-63"',
		],
		[{ edition: 2024, unit: 'da-nang', table: 'nope' }, 'DTI 2024 has no provinces table "nope"'],
	])('fails clearly: %o', (q, message) => {
		expect(() => quoteValue(data, q)).toThrow(message);
	});
});

describe('national, averages, sizes, means, framework', () => {
	it('quotes published values', () => {
		expect(quoteNational(data, 2023).text).toBe('0,7326');
		expect(quoteNational(data, 2022).text).toBe('0,71');
		expect(quoteAverage(data, 2020, 'provinces').text).toBe('0,3026');
		expect(quoteAverage(data, 2023, 'provinces', 'kinh_te_so').text).toBe('0,6817');
		expect(quoteSize(data, 2024, 'provinces').text).toBe('34');
		expect(quoteSize(data, 2020, 'ministries', { group: 'public-services' }).text).toBe('18');
		expect(quoteFramework(data, 2024, 'components').text).toBe('47');
	});
	it('computes the mean only for complete tables', () => {
		expect(quoteMean(data, 2022).text).toBe('0,5787');
		expect(() => quoteMean(data, 2021)).toThrow('does not publish a total for every unit');
	});
	it('refuses what was not published', () => {
		expect(() => quoteNational(data, 2020)).toThrow('the national DTI 2020 is not published');
		expect(() => quoteAverage(data, 2024, 'public-services')).toThrow('this average is not published');
	});
});

describe('cross-links', () => {
	const units = [...data.units.values()];
	it('finds units in frontmatter, data tags and prose', () => {
		const body =
			'import X from "y";\n## Hà Nội\nĐà Nẵng dẫn đầu, <Value edition={2022} unit="quang-ninh" /> và [Long An](x).';
		expect(mentionedUnits(body, { units: ['hue'], editions: [2022], date: '2023-07-12' }, units)).toEqual([
			'hue',
			'quang-ninh',
			'da-nang',
		]);
	});
	it('filters by unit and edition, newest first', () => {
		const mk = (id: string, date: string, editions: number[], u: string[]) =>
			toItem(
				{
					id,
					body: '',
					data: { title: id, summary: 's', date, lang: 'vi', editions, units: u, sources: [], draft: false },
				},
				'article',
				units,
			);
		const items = [
			mk('a', '2021-01-01', [2020], ['da-nang']),
			mk('b', '2022-01-01', [2020, 2021], []),
			mk('c', '2020-01-01', [2021], ['da-nang']),
		];
		expect(forEdition(items, 2020).map((i) => i.id)).toEqual(['b', 'a']);
		expect(forUnit(items, 'da-nang').map((i) => i.id)).toEqual(['a', 'c']);
	});
});
