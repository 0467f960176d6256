/**
 * Checks over the real site built at the sub-path /dti/ (test/global-setup.ts): the pages the
 * data implies exist, and real published values appear on them as the sources print them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { visibleText } from './page-text.ts';
import provinces from '../../data/units/provinces.json' with { type: 'json' };
import results2022 from '../../data/editions/2022/provinces.json' with { type: 'json' };

const dir = inject('siteDir');
const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
/** Visible text of a page, tags removed and whitespace collapsed. */
const text = (path: string) => visibleText(page(path));
/** Body rows of the first ranking table, as arrays of cell texts. */
function rankingRows(path: string): string[][] {
	const html = page(path);
	const table = html.slice(html.indexOf('<table data-ranking'));
	const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
	return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
		[...m[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
			c[1]
				.replace(/<[^>]+>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim(),
		),
	);
}

describe('2022 provinces ranking', () => {
	const rows = rankingRows('2022/tinh');
	it('lists all 63 provinces', () => {
		expect(rows).toHaveLength(63);
	});
	it('puts Đà Nẵng first at 0,8002', () => {
		expect(rows[0][0]).toBe('1');
		expect(rows[0][1]).toBe('Đà Nẵng');
		expect(rows[0]).toContain('0,8002');
	});
	it('shows Thanh Hóa and Yên Bái tied at 15', () => {
		const tied = rows.filter((r) => r[0].startsWith('15'));
		expect(tied.map((r) => r[1])).toEqual(['Thanh Hóa', 'Yên Bái']);
		for (const r of tied) {
			expect(r[0]).toBe('15 đồng hạng');
			expect(r).toContain('0,6350');
		}
		expect(rows[16][0]).toBe('17'); // competition ranking: after two at 15 comes 17
	});
	it('links each unit to its page under the base', () => {
		expect(page('2022/tinh')).toContain('href="/dti/2022/tinh/da-nang/"');
	});
});

describe('unit pages', () => {
	it('every one of the 63 provinces has its 2022 page', () => {
		const ids = results2022.rows.map((r) => r.unit);
		expect(new Set(ids).size).toBe(63);
		for (const id of ids) expect(existsSync(join(dir, '2022/tinh', id, 'index.html')), id).toBe(true);
	});
	it('every province and merged unit has a profile', () => {
		for (const p of provinces) expect(existsSync(join(dir, 'tinh', p.id, 'index.html')), p.id).toBe(true);
	});
	it('Đà Nẵng 2022 shows rank 1 of 63, the difference to the average, and the change since 2021', () => {
		const t = text('2022/tinh/da-nang');
		expect(t).toContain('Hạng 1 /63');
		expect(t).toContain('0,8002');
		expect(t).toContain('+0,2211'); // 0.8002 − published average 0.5791
		expect(t).toContain('+0,1583'); // 0.8002 − 0.6419 (2021)
		expect(t).toContain('TP. Đà Nẵng');
	});
	it('a 2020 province without published values says so instead of showing zero', () => {
		const t = text('2020/tinh/an-giang');
		// Published in 2020, but not found: "chưa có trong dữ liệu", not "không công bố".
		expect(t).toContain('Được đánh giá, nhưng thứ hạng và điểm chưa có trong dữ liệu');
		expect(t).not.toContain('Không công bố');
		expect(t).not.toMatch(/\b0,0000\b/);
	});
	it('a unit page in an edition lists the articles that mention the unit', () => {
		expect(page('2020/tinh/bac-giang')).toContain('href="/dti/bai-viet/bac-giang-hanh-trinh-chuyen-doi-so/"');
	});
	it('DTI 2024 pages show the merged unit and the old one apart', () => {
		expect(text('2024/tinh/da-nang-2025')).toContain('0,7069');
		const old = text('2024/tinh/da-nang');
		expect(old).toContain('Đà Nẵng (cũ)');
		expect(old).toContain('0,8335');
	});
	it('the unit facts start with the full name and kind, not the heading said again', () => {
		for (const path of ['2024/tinh/da-nang', 'tinh/da-nang-2025', 'en/2024/tinh/da-nang']) {
			const html = page(path);
			const section = html.slice(html.indexOf('<section aria-labelledby="unit-facts">'));
			const heading = /<h2 id="unit-facts">([^<]+)<\/h2>/.exec(section)![1];
			const labels = [...section.slice(0, section.indexOf('</dl>')).matchAll(/<dt>([^<]+)<\/dt>/g)].map(
				(m) => m[1],
			);
			expect(labels.length, path).toBeGreaterThan(2);
			expect(labels, path).not.toContain(heading);
			expect(labels[0], path).toBe(path.startsWith('en/') ? 'Full name' : 'Tên đầy đủ');
		}
		expect(text('2024/tinh/da-nang')).toContain(
			'Tên đầy đủ Thành phố Đà Nẵng · Thành phố trực thuộc Trung ương',
		);
	});
});

describe('profiles', () => {
	it('a merged unit shows its predecessors’ history, labelled as theirs', () => {
		const t = text('tinh/da-nang-2025');
		expect(t).toContain('Hợp thành từ');
		expect(t).toContain('Quảng Nam');
		expect(t).toContain('Kết quả dưới đây là của các đơn vị trước sáp nhập');
		expect(t).toContain('Chưa thành lập');
		expect(t).not.toContain('đã sáp nhập');
	});
	it('profiles carry the history chart, for provinces and ministries', () => {
		expect(page('tinh/da-nang-2025')).toMatch(/<svg[^>]*aria-labelledby="[^"]*"[^>]*data-chart-svg/);
		expect(text('tinh/da-nang-2025')).toContain('Đà Nẵng: điểm và thứ hạng DTI qua các kỳ');
		expect(text('bo/bo-tai-chinh')).toContain('Bộ Tài chính: điểm và thứ hạng DTI qua các kỳ');
	});
	it('a ministry not assessed in 2021 is shown as such', () => {
		expect(text('bo/van-phong-chinh-phu')).toContain('Không được đánh giá');
	});
	it('a ministry profile says the 2024 ministerial results were not published', () => {
		expect(text('bo/bo-tai-chinh')).toContain('Không công bố: kỳ này không công bố kết quả của cấp này');
	});
});

describe('editions and rankings', () => {
	it('DTI 2024 has both provincial tables and says ministerial results were not published', () => {
		expect(rankingRows('2024/tinh')).toHaveLength(34);
		expect(rankingRows('2024/tinh-63')).toHaveLength(63);
		expect(text('2024/bo')).toContain('Không công bố: kỳ này không công bố kết quả cấp bộ.');
	});
	it('the 2021 ministries ranking has both groups', () => {
		const t = text('2021/bo');
		expect(t).toContain('Bộ, ngành có cung cấp dịch vụ công');
		expect(t).toContain('Bộ, ngành không cung cấp dịch vụ công');
		expect(t).toContain('0,6321');
	});
	it('the home page shows the latest national DTI and links every edition', () => {
		const html = page('');
		expect(text('')).toContain('0,7955');
		for (const y of [2020, 2021, 2022, 2023, 2024]) expect(html).toContain(`href="/dti/${y}/"`);
	});
	it('the methodology page is built from the frameworks', () => {
		const t = text('phuong-phap');
		expect(t).toContain('Quyết định 1726/QĐ-BTTTT');
		expect(t).toContain('Hoạt động chính quyền số');
		expect(t).toContain('DTI 2021–2023');
	});
	it('has a 404 page', () => {
		expect(readFileSync(join(dir, '404.html'), 'utf8')).toContain('Không tìm thấy trang');
	});
});
