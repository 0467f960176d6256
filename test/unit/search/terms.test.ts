import { describe, expect, it } from 'vitest';
import provinces from '../../../data/units/provinces.json' with { type: 'json' };
import ministries from '../../../data/units/ministries.json' with { type: 'json' };
import { foldedForSearch, searchVariants, unitSearchTerms } from '../../../src/lib/search/terms.ts';

const unit = (id: string) => [...provinces, ...ministries].find((u) => u.id === id)!;

describe('search terms of a unit', () => {
	it('give every printed and former name, and each without diacritics (đ → d included)', () => {
		const hue = unitSearchTerms(unit('hue'));
		expect(hue).toEqual(
			expect.arrayContaining(['Huế', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thua Thien Hue', 'Hue']),
		);
		expect(unitSearchTerms(unit('da-nang'))).toEqual(
			expect.arrayContaining(['Đà Nẵng', 'Da Nang', 'TP. Da Nang']),
		);
	});

	it("include the registry's informal names and abbreviations, run together as well", () => {
		const hcm = unitSearchTerms(unit('ho-chi-minh'));
		expect(hcm).toEqual(
			expect.arrayContaining(['Sài Gòn', 'Sai Gon', 'TP.HCM', 'TPHCM', 'HCM', 'Ho Chi Minh City']),
		);
		expect(unitSearchTerms(unit('bo-thong-tin-va-truyen-thong'))).toEqual(
			expect.arrayContaining(['Bộ TT&TT', 'Bộ TTTT', 'Bo TTTT']),
		);
	});

	it('have no case-insensitive duplicates', () => {
		for (const u of [...provinces, ...ministries]) {
			const terms = unitSearchTerms(u).map((t) => t.toLocaleLowerCase('vi'));
			expect(new Set(terms).size, u.id).toBe(terms.length);
		}
	});

	it('variants join letters around inner dots, ampersands and hyphens only', () => {
		expect(searchVariants('BR-VT')).toEqual(['BR-VT', 'BRVT']);
		expect(searchVariants('Thừa Thiên - Huế')).toEqual(['Thừa Thiên - Huế', 'Thua Thien - Hue']);
	});

	it('a title is folded for the index only when it has đ/Đ (Pagefind folds the other marks)', () => {
		expect(foldedForSearch('Đổi mới ở Đà Nẵng')).toBe('Doi moi o Da Nang');
		expect(foldedForSearch('Bắc Giang')).toBeUndefined();
		expect(foldedForSearch('DTI 2022')).toBeUndefined();
	});
});
