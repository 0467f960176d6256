import { describe, expect, it } from 'vitest';
import {
	describeRankChange,
	formatDate,
	formatInt,
	formatList,
	formatOrdinal,
	formatPartialDate,
	formatPercent,
	formatRank,
	formatRankChange,
	formatScore,
	formatScoreDelta,
	rankChange,
} from '../../src/lib/format.ts';

describe('formatScore()', () => {
	it('prints vi-VN decimals with a comma and four digits by default', () => {
		expect(formatScore(0.8002, 'vi')).toBe('0,8002');
		expect(formatScore(1, 'vi')).toBe('1,0000');
		expect(formatScore(0.9, 'vi')).toBe('0,9000');
	});
	it('keeps the precision a source printed', () => {
		expect(formatScore(0.71, 'vi', 2)).toBe('0,71');
		expect(formatScore(0.724, 'vi', 3)).toBe('0,724');
	});
	it('prints English with a point', () => {
		expect(formatScore(0.8002, 'en')).toBe('0.8002');
	});
	it('marks missing values with a dash, never zero', () => {
		expect(formatScore(undefined, 'vi')).toBe('—');
		expect(formatScore(null, 'vi')).toBe('—');
		expect(formatScore(Number.NaN, 'vi')).toBe('—');
		expect(formatScore(0, 'vi')).toBe('0,0000');
	});
	it('prints a value formatted before the same way, in each locale and precision', () => {
		expect([formatScore(0.8002, 'vi'), formatScore(0.8002, 'en'), formatScore(0.8002, 'vi', 2)]).toEqual([
			'0,8002',
			'0.8002',
			'0,80',
		]);
		expect([formatScore(0.8002, 'vi'), formatScore(0.8002, 'en'), formatScore(0.8002, 'vi', 2)]).toEqual([
			'0,8002',
			'0.8002',
			'0,80',
		]);
	});
	it('keeps zero and negative zero apart as Intl prints them', () => {
		expect(formatScore(0, 'vi')).toBe(new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 4 }).format(0));
		expect(formatScore(-0, 'vi')).toBe(
			new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 4 }).format(-0),
		);
	});
	it('refuses a locale the site does not have instead of printing Vietnamese', () => {
		expect(() => formatScore(0.5, 'fr' as 'vi')).toThrow(/unknown locale "fr"/);
	});
});

describe('formatScoreDelta()', () => {
	it('signs differences and uses a true minus sign', () => {
		expect(formatScoreDelta(0.1583, 'vi')).toBe('+0,1583');
		expect(formatScoreDelta(-0.004, 'vi')).toBe('−0,0040');
		expect(formatScoreDelta(0, 'vi')).toBe('0,0000');
		expect(formatScoreDelta(-0.004, 'en')).toBe('−0.0040');
	});
	it('rounds float noise away', () => {
		expect(formatScoreDelta(0.8002 - 0.6419, 'vi')).toBe('+0,1583');
	});
	it('marks an unknown difference with a dash', () => {
		expect(formatScoreDelta(undefined, 'vi')).toBe('—');
	});
});

describe('ranks', () => {
	it('count places moved, positive meaning up', () => {
		expect(rankChange(2, 5)).toBe(3);
		expect(rankChange(5, 2)).toBe(-3);
		expect(rankChange(undefined, 2)).toBeUndefined();
	});
	it('show a change with arrows, the same in every locale', () => {
		expect(formatRankChange(3, 'vi')).toBe('↑3');
		expect(formatRankChange(-12, 'vi')).toBe('↓12');
		expect(formatRankChange(0, 'en')).toBe('=');
		expect(formatRankChange(undefined, 'en')).toBe('—');
	});
	it('spell a change out in the words of the locale', () => {
		expect(describeRankChange(3, 'vi')).toBe('tăng 3 bậc');
		expect(describeRankChange(-2, 'vi')).toBe('giảm 2 bậc');
		expect(describeRankChange(0, 'vi')).toBe('giữ nguyên hạng');
		expect(describeRankChange(undefined, 'vi')).toBe('không có số liệu so sánh');
		expect(describeRankChange(-1, 'en')).toBe('down 1 place');
		expect(describeRankChange(4, 'en')).toBe('up 4 places');
	});
	it('mark ties in the words of the locale', () => {
		expect(formatRank(15, true, 'vi')).toBe('15 (đồng hạng)');
		expect(formatRank(15, true, 'en')).toBe('15 (tied)');
		expect(formatRank(15, false, 'vi')).toBe('15');
		expect(formatRank(undefined, false, 'vi')).toBe('—');
	});
	it('read as ordinals in English prose and as plain numbers in Vietnamese', () => {
		expect(formatOrdinal(1, 'en')).toBe('1st');
		expect(formatOrdinal(22, 'en')).toBe('22nd');
		expect(formatOrdinal(13, 'en')).toBe('13th');
		expect(formatOrdinal(1, 'vi')).toBe('1');
	});
});

describe('other formats', () => {
	it('group thousands with a dot in Vietnamese and a comma in English', () => {
		expect(formatInt(6000, 'vi')).toBe('6.000');
		expect(formatInt(6000, 'en')).toBe('6,000');
		expect(formatPercent(32.7, 'vi')).toBe('32,7%');
		expect(formatPercent(32.7, 'en')).toBe('32.7%');
	});
	it('write dates the way each locale does, without time-zone drift', () => {
		expect(formatDate('2022-08-08', 'vi')).toBe('08/08/2022');
		expect(formatDate('2025-10-21', 'en')).toBe('21 October 2025');
		expect(formatDate('2025-01-01', 'en')).toBe('1 January 2025');
		expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
	});
	it('write a date only to the precision a source states it', () => {
		expect(formatPartialDate('2021-10-25', 'vi')).toBe('25/10/2021');
		expect(formatPartialDate('2022-08', 'vi')).toBe('tháng 8/2022');
		expect(formatPartialDate('2022-08', 'en')).toBe('August 2022');
		expect(formatPartialDate('2022', 'en')).toBe('2022');
	});
	it('join names the way each locale writes a list', () => {
		expect(formatList(['A', 'B', 'C'], 'vi')).toBe('A, B và C');
		expect(formatList(['A', 'B'], 'en')).toBe('A and B');
	});
});
