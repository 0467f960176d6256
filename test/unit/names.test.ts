import { describe, expect, it } from 'vitest';
import { unitName } from '../../src/lib/names.ts';

const hue = {
	name: 'Huế',
	name_en: 'Hue',
	valid_to: null,
	former_names: [{ name: 'Thừa Thiên Huế', until: '2024-12-31' }],
};
const oldDaNang = { name: 'Đà Nẵng', name_en: 'Da Nang', valid_to: '2025-06-30' };

describe('unitName()', () => {
	it('gives the name of the locale', () => {
		expect(unitName(hue, 'vi')).toBe('Huế');
		expect(unitName(hue, 'en')).toBe('Hue');
	});
	it('gives the name in use on a date: a former name until its last day', () => {
		expect(unitName(hue, 'vi', '2022-08-08')).toBe('Thừa Thiên Huế');
		expect(unitName(hue, 'vi', '2024-12-31')).toBe('Thừa Thiên Huế');
		expect(unitName(hue, 'vi', '2025-01-01')).toBe('Huế');
	});
	it('marks a unit read after it ceased to exist as former, in the words of the locale', () => {
		expect(unitName(oldDaNang, 'vi', '2025-10-21')).toBe('Đà Nẵng (cũ)');
		expect(unitName(oldDaNang, 'en', '2025-10-21')).toBe('Da Nang (former)');
	});
	it('does not mark a unit read while it existed, or read with no date', () => {
		expect(unitName(oldDaNang, 'vi', '2025-06-30')).toBe('Đà Nẵng');
		expect(unitName(oldDaNang, 'vi')).toBe('Đà Nẵng');
	});
	it('picks the earliest former name still in use when a unit was renamed twice', () => {
		const twice = {
			name: 'C',
			name_en: 'C',
			valid_to: null,
			former_names: [
				{ name: 'B', until: '2020-12-31' },
				{ name: 'A', until: '2010-12-31' },
			],
		};
		expect(unitName(twice, 'vi', '2005-01-01')).toBe('A');
		expect(unitName(twice, 'vi', '2015-01-01')).toBe('B');
		expect(unitName(twice, 'vi', '2021-01-01')).toBe('C');
	});
});
