import { describe, expect, it } from 'vitest';
import { primaryTable } from '../../../src/lib/data/find.ts';
import type { EditionView, RankedRow } from '../../../src/lib/data/model.ts';
import { rankedSubScores, strengthsAndWeaknesses } from '../../../src/lib/data/standing.ts';
import { realDataset } from '../../fixtures/real-data.ts';

const data = realDataset();
const rowOf = (year: number, unit: string) => {
	const view = data.edition(year)!;
	const row = primaryTable(view, 'provinces')!.rows.find((r) => r.unit === unit)!;
	return { view, row };
};

describe('strengthsAndWeaknesses()', () => {
	it('ranks Đà Nẵng’s DTI 2024 main indices from the scores published for all 34 units', () => {
		const { view, row } = rowOf(2024, 'da-nang-2025');
		const sw = strengthsAndWeaknesses(view, row)!;
		expect(sw.kind).toBe('indices');
		// Nhân lực số 0,4923 is 30th of 34; An toàn thông tin mạng 0,6831 is 31st.
		const ranks = Object.fromEntries(rankedSubScores(view, row).map((s) => [s.name.vi, s.rank]));
		expect(ranks['Nhân lực số']).toBe(30);
		expect(sw.weakest.map((s) => [s.name.vi, s.rank])).toEqual([['An toàn thông tin mạng', 31]]);
		expect(sw.weakest[0].derived).toBe(true);
		expect(sw.ranked).toBe(8);
	});

	it('lists every index that shares the best rank', () => {
		const { view, row } = rowOf(2024, 'ha-noi');
		const sw = strengthsAndWeaknesses(view, row)!;
		const best = Math.min(...rankedSubScores(view, row).map((s) => s.rank));
		expect(sw.strongest.every((s) => s.rank === best)).toBe(true);
		expect(sw.strongest.length).toBe(rankedSubScores(view, row).filter((s) => s.rank === best).length);
	});

	it.each([2020, 2021])('uses the pillar ranks DTI %i printed', (year) => {
		const view = data.edition(year)!;
		const row = primaryTable(view, 'provinces')!.rows.find(
			(r) => new Set(Object.values(r.pillars).map((p) => p?.rank)).size >= 2,
		)!;
		const sw = strengthsAndWeaknesses(view, row)!;
		expect(sw.kind).toBe('pillars');
		expect([...sw.strongest, ...sw.weakest].every((s) => !s.derived)).toBe(true);
		expect(sw.strongest[0].rank).toBeLessThan(sw.weakest[0].rank);
	});

	it('says nothing when fewer than two sub-scores hold a rank', () => {
		const { view, row } = rowOf(2024, 'da-nang-2025');
		const bare: RankedRow = { ...row, indices: {}, pillars: {}, derivedIndexRanks: {} };
		expect(strengthsAndWeaknesses(view, bare)).toBeUndefined();
		const one: RankedRow = { ...bare, derivedIndexRanks: { nhan_thuc_so: 3 } };
		expect(rankedSubScores(view, one).map((s) => s.key)).toEqual(['nhan_thuc_so']);
		expect(strengthsAndWeaknesses(view, one)).toBeUndefined();
	});

	it('says nothing when every ranked sub-score shares one rank', () => {
		const { view, row } = rowOf(2024, 'da-nang-2025');
		const flat: RankedRow = { ...row, derivedIndexRanks: { nhan_thuc_so: 2, the_che_so: 2 }, indices: {} };
		expect(strengthsAndWeaknesses(view as EditionView, flat)).toBeUndefined();
	});
});

describe('the strengths sentence', () => {
	it('reads naturally in Vietnamese and English for Đà Nẵng, DTI 2024', async () => {
		const { t } = await import('../../../src/lib/i18n.ts');
		const { formatList } = await import('../../../src/lib/format.ts');
		const { view, row } = rowOf(2024, 'da-nang-2025');
		const sw = strengthsAndWeaknesses(view, row)!;
		const names = (list: typeof sw.strongest) => formatList(list.map((s) => s.name.vi), 'vi');
		const vi = t('vi').strengths(
			sw.kind,
			names(sw.strongest),
			sw.strongest.length > 1,
			`${sw.strongest[0].rank}/34`,
			names(sw.weakest),
			sw.weakest.length > 1,
			`${sw.weakest[0].rank}/34`,
		);
		expect(vi).toMatch(
			/^Mạnh nhất ở (các )?chỉ số .+ \((cùng )?hạng \d+\/34\), yếu nhất ở chỉ số An toàn thông tin mạng \(hạng 31\/34\)\.$/,
		);
		expect(
			t('vi').strengths('pillars', formatList(['Kinh tế số', 'Xã hội số'], 'vi'), true, '2/63', 'Chính quyền số', false, '9/63'),
		).toBe('Mạnh nhất ở các trụ cột Kinh tế số và Xã hội số (cùng hạng 2/63), yếu nhất ở trụ cột Chính quyền số (hạng 9/63).');
		expect(
			t('en').strengths('indices', formatList(['Digital awareness', 'Digital institutions'], 'en'), true, '1 of 34', 'Cyber security', false, '31 of 34'),
		).toBe(
			'Strongest main indices: Digital awareness and Digital institutions (tied at 1 of 34); weakest: Cyber security (31 of 34).',
		);
	});
});
