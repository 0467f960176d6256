/**
 * Vietnamese strings of the unit profile pages (/tinh/<id>/, /bo/<id>/) and their charts (the
 * history, the main indices over time, a merged unit's predecessors). src/lib/locales/vi.ts
 * spreads `charts` into its chart table and includes `page` as `profilePage`.
 */
import type { MinistryGroup } from '../data/schema.ts';

const groupName: Record<MinistryGroup, string> = {
	'public-services': 'có dịch vụ công',
	'no-public-services': 'không có dịch vụ công',
};

export const charts = {
	/** Label of a rank panel of the history chart: one panel per table size, never shared. */
	rankBoard: (geography: 'vn-63' | 'vn-34' | 'ministries', size?: number, group?: MinistryGroup) =>
		geography === 'vn-34'
			? `Hạng trong ${size ?? 34} tỉnh, thành phố sau sắp xếp (1 = cao nhất)`
			: geography === 'vn-63'
				? `Hạng trong ${size ?? 63} tỉnh, thành phố (1 = cao nhất)`
				: `Hạng trong nhóm bộ, ngành ${group ? groupName[group] : ''} (1 = cao nhất)`,
	predecessorSuffix: ' (đơn vị tiền thân)',
	/** The merged unit's chart: its former units' scores, their mean and its published score. */
	/** Main indices over time on a profile, within one framework. */
	indexHistory: {
		title: (name: string, from: number, to: number) => `${name}: các chỉ số chính DTI ${from}–${to}`,
		desc: (n: number, years: string, summary: string) =>
			`${n} biểu đồ nhỏ, mỗi biểu đồ một chỉ số chính; trục ngang là các kỳ ${years} (cùng một bộ chỉ số), trục dọc là điểm từ 0 đến 1. Kỳ không có số liệu được đánh dấu — trên trục, không vẽ điểm. ${summary}`,
		sameFramework: (basis: string) =>
			`Các kỳ này dùng cùng một bộ chỉ số: ${basis}. Đường chỉ nối hai kỳ liền nhau cùng có điểm công bố.`,
		others: (years: string) =>
			`Chỉ số chính DTI ${years} thuộc bộ chỉ số khác nên không vẽ nối với các kỳ trên; xem trang kết quả của kỳ đó.`,
		tip: (index: string, year: number, value: string) => `${index}, kỳ DTI ${year}: ${value}`,
		index: 'Chỉ số chính',
	},
	merger: {
		table: 'Bảng',
		title: (name: string, year: number) =>
			`${name}: điểm DTI ${year} của các đơn vị trước sắp xếp và sau sắp xếp`,
		desc: (name: string, parts: string, mean: string | undefined, published: string) =>
			`Biểu đồ chấm trên trục điểm DTI. Mỗi dòng trên là một đơn vị cũ hợp thành ${name}, với điểm và hạng trong bảng trước sắp xếp: ${parts}. ` +
			(mean
				? `Trung bình cộng các điểm đó: ${mean}. `
				: 'Không tính trung bình vì thiếu điểm công bố của đơn vị cũ. ') +
			`Điểm của ${name} trong bảng sau sắp xếp: ${published}.`,
		meanRow: 'Trung bình cộng điểm các đơn vị cũ (trang này tính)',
		noMean: (names: string) => `Không tính trung bình: ${names} chưa có điểm công bố.`,
		publishedRow: (name: string, n?: number) => `${name} trong bảng ${n ?? 34} tỉnh, thành phố (công bố)`,
		/** How the publisher made the merged unit's values, and what this chart can compare. */
		method:
			'Cách tính đã công bố: mỗi chỉ số chính của đơn vị sau sắp xếp là trung bình cộng chỉ số chính đó của các đơn vị cũ, điểm DTI được tính từ các chỉ số chính ấy. Bảng 63 tỉnh chỉ công bố điểm DTI, không có chỉ số chính, nên ở đây chỉ so được điểm DTI.',
		check: (diff: string, exact: boolean) =>
			exact
				? 'Trung bình cộng điểm DTI của các đơn vị cũ, làm tròn đến 4 chữ số thập phân, bằng điểm đã công bố.'
				: `Trung bình cộng điểm DTI của các đơn vị cũ chênh ${diff} so với điểm đã công bố, không quá sai số do làm tròn điểm đến 4 chữ số thập phân.`,
		offBy: (diff: string) =>
			`Trung bình cộng điểm DTI của các đơn vị cũ chênh ${diff} so với điểm đã công bố, lớn hơn sai số làm tròn.`,
		tip: (name: string, year: number, score: string, rank?: string) =>
			`${name}, DTI ${year}: điểm ${score}${rank ? `, hạng ${rank}` : ''}`,
	},
};

export const page = {
	latestTitle: (year: number) => `Kết quả mới nhất: DTI ${year}`,
	latestDetails: (year: number) => `Chi tiết DTI ${year}: từng chỉ số chính, trung bình và đơn vị dẫn đầu`,
	noResult: 'Chưa có kết quả DTI nào được công bố cho đơn vị này.',
	/** An edition after the latest result, without one: "Kỳ DTI 2024: Kết quả của cấp này chưa được công bố." */
	laterEdition: (year: number, status: string) => `Kỳ DTI ${year}: ${status}.`,
	firstEdition: 'Kỳ đầu tiên của đơn vị',
	historyTitle: 'Qua các kỳ công bố',
};
