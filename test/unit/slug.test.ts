import { describe, expect, it } from 'vitest';
import { nameKey, slugify, stripDiacritics } from '../../src/lib/slug.ts';

describe('slugify()', () => {
	it.each([
		['Đà Nẵng', 'da-nang'],
		['TP. Hồ Chí Minh', 'tp-ho-chi-minh'],
		['Đắk Lắk', 'dak-lak'],
		['Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau'],
		['Bộ Văn hóa, Thể thao và Du lịch', 'bo-van-hoa-the-thao-va-du-lich'],
		['ĐIỆN BIÊN', 'dien-bien'],
		['Thừa Thiên Huế', 'thua-thien-hue'],
		['  Ủy ban Dân tộc  ', 'uy-ban-dan-toc'],
	])('%s → %s', (input, expected) => {
		expect(slugify(input)).toBe(expected);
	});

	it('maps đ and Đ, which NFD alone leaves in place', () => {
		expect('đ'.normalize('NFD')).toBe('đ');
		expect(stripDiacritics('Đồng Tháp, đường')).toBe('Dong Thap, duong');
	});

	it('handles decomposed (NFD) input the same as composed input', () => {
		expect(slugify('Hà Nội'.normalize('NFD'))).toBe('ha-noi');
	});
});

describe('nameKey()', () => {
	it('treats the printed forms of one unit as equal', () => {
		const keys = ['Thừa Thiên - Huế', 'Thừa Thiên Huế', 'THỪA THIÊN HUẾ'].map(nameKey);
		expect(new Set(keys).size).toBe(1);
	});
	it('drops TP./Thành phố/Tỉnh prefixes', () => {
		expect(nameKey('TP. Đà Nẵng')).toBe('da nang');
		expect(nameKey('Thành phố Đà Nẵng')).toBe('da nang');
		expect(nameKey('Tỉnh Đắk Lắk')).toBe('dak lak');
	});
	it('folds old and new tone-mark placement', () => {
		expect(nameKey('Hoà Bình')).toBe(nameKey('Hòa Bình'));
	});
	it('keeps different units apart', () => {
		expect(nameKey('Hà Nam')).not.toBe(nameKey('Hà Nội'));
	});
});
