import { describe, expect, it } from 'vitest';
import { readerName, unitName } from '../../src/lib/names.ts';
import provinces from '../../data/units/provinces.json' with { type: 'json' };

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

const unit = (id: string) => provinces.find((p) => p.id === id)!;

describe('unitName() for readers', () => {
	it('writes TP. Hồ Chí Minh with its prefix, the other centrally-run cities by their bare names', () => {
		expect(unitName(unit('ho-chi-minh-2025'), 'vi')).toBe('TP. Hồ Chí Minh');
		for (const [id, name] of [
			['ha-noi', 'Hà Nội'],
			['hai-phong-2025', 'Hải Phòng'],
			['da-nang-2025', 'Đà Nẵng'],
			['can-tho-2025', 'Cần Thơ'],
			['hue', 'Huế'],
		])
			expect(unitName(unit(id), 'vi')).toBe(name);
		expect(readerName('Hồ Chí Minh')).toBe('TP. Hồ Chí Minh');
	});
	it('marks the pre-2025 city as former after it ended, and keeps English names as they are', () => {
		expect(unitName(unit('ho-chi-minh'), 'vi', '2025-10-21')).toBe('TP. Hồ Chí Minh (cũ)');
		expect(unitName(unit('ho-chi-minh'), 'en')).toBe('Ho Chi Minh City');
	});
	it('uses the name in use at the date: Thừa Thiên Huế before 2025', () => {
		expect(unitName(unit('hue'), 'vi', '2023-07-12')).toBe('Thừa Thiên Huế');
	});
});
