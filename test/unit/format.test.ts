import { describe, expect, it } from 'vitest';
import {
	describeRankChange,
	formatDate,
	formatInt,
	formatPercent,
	formatRank,
	formatRankChange,
	formatScore,
	formatScoreDelta,
	rankChange,
} from '../../src/lib/format.ts';

describe('formatScore()', () => {
	it('prints vi-VN decimals with a comma and four digits by default', () => {
		expect(formatScore(0.8002)).toBe('0,8002');
		expect(formatScore(1)).toBe('1,0000');
		expect(formatScore(0.9)).toBe('0,9000');
	});
	it('keeps the precision a source printed', () => {
		expect(formatScore(0.71, 'vi', 2)).toBe('0,71');
		expect(formatScore(0.724, 'vi', 3)).toBe('0,724');
	});
	it('prints English with a point', () => {
		expect(formatScore(0.8002, 'en')).toBe('0.8002');
	});
	it('marks missing values with a dash, never zero', () => {
		expect(formatScore(undefined)).toBe('—');
		expect(formatScore(null)).toBe('—');
		expect(formatScore(Number.NaN)).toBe('—');
		expect(formatScore(0)).toBe('0,0000');
	});
});

describe('formatScoreDelta()', () => {
	it('signs differences and uses a true minus sign', () => {
		expect(formatScoreDelta(0.1583)).toBe('+0,1583');
		expect(formatScoreDelta(-0.004)).toBe('−0,0040');
		expect(formatScoreDelta(0)).toBe('0,0000');
	});
	it('rounds float noise away', () => {
		expect(formatScoreDelta(0.8002 - 0.6419)).toBe('+0,1583');
	});
});

describe('ranks', () => {
	it('computes places moved, positive meaning up', () => {
		expect(rankChange(2, 5)).toBe(3);
		expect(rankChange(5, 2)).toBe(-3);
		expect(rankChange(undefined, 2)).toBeUndefined();
	});
	it('formats changes with arrows and words', () => {
		expect(formatRankChange(3)).toBe('↑3');
		expect(formatRankChange(-12)).toBe('↓12');
		expect(formatRankChange(0)).toBe('=');
		expect(formatRankChange(undefined)).toBe('—');
		expect(describeRankChange(3)).toBe('tăng 3 bậc');
		expect(describeRankChange(-1, 'en')).toBe('down 1 place');
	});
	it('shows ties', () => {
		expect(formatRank(15, true)).toBe('15 (đồng hạng)');
		expect(formatRank(15, false)).toBe('15');
		expect(formatRank(undefined, false)).toBe('—');
	});
});

describe('other formats', () => {
	it('groups thousands with a dot in vi', () => {
		expect(formatInt(6000)).toBe('6.000');
		expect(formatPercent(32.7)).toBe('32,7%');
	});
	it('formats dates without time-zone drift', () => {
		expect(formatDate('2022-08-08')).toBe('08/08/2022');
		expect(formatDate('2025-10-21', 'en')).toBe('21 October 2025');
	});
});
