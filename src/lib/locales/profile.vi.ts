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
