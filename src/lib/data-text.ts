/**
 * Text from data/ that is recorded in Vietnamese only (who published an edition, at which event,
 * on which legal basis, notes on published figures), as English pages show it. Three cases:
 *
 * - an English rendering below (`EN`, keyed by the exact Vietnamese text): shown as English;
 * - a legal reference ("Quyết định 922/QĐ-BTTTT (20/05/2022)"): document types in English and
 *   codes transliterated as official English versions write them ("Decision 922/QD-BTTTT
 *   (20 May 2022)");
 * - anything else: shown as it is, marked `lang="vi"` so it reads (and is announced) as
 *   Vietnamese. Add its English here when it should read as English.
 *
 * Vietnamese pages always get the text unchanged.
 */
import { DEFAULT_LOCALE, type Locale } from './i18n.ts';
import { formatDate } from './format.ts';

/** English of data strings, by their exact Vietnamese text. */
const EN: Record<string, string> = {
	// Publishers
	'Bộ Thông tin và Truyền thông': 'Ministry of Information and Communications',
	'Bộ Thông tin và Truyền thông, phối hợp với Hội Truyền thông số Việt Nam':
		'Ministry of Information and Communications, with the Vietnam Digital Communications Association',
	'Bộ Khoa học và Công nghệ': 'Ministry of Science and Technology',
	// Time of day
	sáng: 'morning',
	chiều: 'afternoon',
	// Events
	'Hội thảo trực tuyến công bố Báo cáo kết quả đánh giá mức độ chuyển đổi số cấp bộ, cấp tỉnh năm 2020 và thúc đẩy cung cấp 100% dịch vụ công đủ điều kiện lên trực tuyến mức độ 4':
		'Online workshop publishing the 2020 report on the digital transformation of ministries and provinces, and promoting level-4 online provision of all eligible public services',
	'Phiên họp thứ 3 của Ủy ban Quốc gia về chuyển đổi số do Thủ tướng Phạm Minh Chính chủ trì; Thứ trưởng Nguyễn Huy Dũng trình bày báo cáo':
		'Third session of the National Committee on Digital Transformation, chaired by Prime Minister Pham Minh Chinh; Deputy Minister Nguyen Huy Dung presented the report',
	'Phiên họp thứ 6 của Ủy ban Quốc gia về chuyển đổi số, kết hợp Hội nghị trực tuyến sơ kết 6 tháng đầu năm 2023 về chuyển đổi số quốc gia và Đề án 06, do Thủ tướng Phạm Minh Chính chủ trì':
		'Sixth session of the National Committee on Digital Transformation, held with the online conference reviewing the first half of 2023 on national digital transformation and Project 06, chaired by Prime Minister Pham Minh Chinh',
	'Phiên họp thứ 10 của Ủy ban Quốc gia về chuyển đổi số và Đề án 06 (tổng kết năm 2024, phương hướng năm 2025) do Thủ tướng Phạm Minh Chính chủ trì':
		'Tenth session of the National Committee on Digital Transformation and Project 06 (review of 2024, direction for 2025), chaired by Prime Minister Pham Minh Chinh',
	'Chương trình chào mừng Ngày Chuyển đổi số quốc gia năm 2025 tại Hà Nội, kết nối trực tuyến tới 34 tỉnh, thành phố; ông Nguyễn Phú Tiến, Phó Cục trưởng Cục Chuyển đổi số quốc gia, công bố kết quả':
		'Programme marking National Digital Transformation Day 2025 in Ha Noi, connected online to the 34 provinces and cities; Nguyen Phu Tien, Deputy Director of the National Digital Transformation Agency, announced the results',
	// Framework basis without a plain legal reference
	'Bộ chỉ số mô tả tại lễ công bố 21/10/2025 (Quyết định 405/QĐ-BKHCN ngày 03/04/2025 phê duyệt bộ chỉ số sửa đổi; chưa có nguồn nêu rõ đợt đánh giá 2024 dùng quyết định nào)':
		'Framework as described at the announcement of 21 October 2025 (Decision 405/QD-BKHCN of 3 April 2025 approved the revised framework; no source states which decision the 2024 assessment used)',
	// Notes on published figures
	'Không có nguồn nào được lưu công bố giá trị DTI quốc gia năm 2020.':
		'No stored source publishes the national DTI for 2020.',
	'Không có nguồn nào được lưu công bố giá trị DTI quốc gia năm 2021.':
		'No stored source publishes the national DTI for 2021.',
	'Công bố làm tròn đến hai chữ số thập phân.': 'Published rounded to two decimal places.',
	'Tăng 3% so với 2022 và 50,8% so với 2020.': 'Up 3% on 2022 and 50.8% on 2020.',
	'Tăng 8,6% so với 2023, chủ yếu nhờ xếp hạng chính phủ điện tử của Liên Hợp Quốc (Việt Nam thứ 71/193, tăng 15 bậc).':
		'Up 8.6% on 2023, mainly thanks to the United Nations e-government ranking (Viet Nam 71st of 193, up 15 places).',
	'Tăng 32,7% so với 2020.': 'Up 32.7% on 2020.',
	'Tăng 15,4% so với 2020.': 'Up 15.4% on 2020.',
	'Giảm nhẹ so với 2020 do có hai đơn vị lần đầu được đánh giá (Viện Hàn lâm Khoa học xã hội Việt Nam, Ủy ban Quản lý vốn nhà nước tại doanh nghiệp).':
		'Slightly down on 2020 because two units were assessed for the first time (Vietnam Academy of Social Sciences, Commission for the Management of State Capital at Enterprises).',
	'Do một nguồn cấp tỉnh nêu (Sở Công Thương Ninh Thuận, 07/08/2023); trung bình cộng của 63 điểm đã công bố là 0,5787.':
		'Stated by one provincial source (Ninh Thuan Department of Industry and Trade, 7 August 2023); the mean of the 63 published scores is 0.5787.',
	'Tăng 34,5%, nhanh nhất trong ba nhóm.': 'Up 34.5%, the fastest of the three groups.',
	'Theo một bài báo cấp tỉnh; cần thận trọng.': 'From one provincial newspaper article; use with care.',
	'Bằng đúng điểm DTI trung bình cấp tỉnh, có thể là lỗi đưa tin; cần thận trọng.':
		'Identical to the provincial DTI average, possibly a reporting error; use with care.',
	'Tăng 2,6% so với 2023; bằng trung bình của 63 tỉnh được đánh giá.':
		'Up 2.6% on 2023; equal to the average of the 63 assessed provinces.',
	'Tăng 4,7%.': 'Up 4.7%.',
	'Tăng 13,3%.': 'Up 13.3%.',
	'Tăng 13,4%.': 'Up 13.4%.',
	'Trọng số 400/300/300 theo một bài giải thích thứ cấp; khớp với điểm của Bắc Ninh và Bắc Giang.':
		'Weights 400/300/300 according to a secondary explainer; they reproduce the scores of Bac Ninh and Bac Giang.',
	'Trọng số suy ra bằng phép trừ từ tổng nhóm; mọi dòng có chỉ số chính năm 2022–2023 tái tạo đúng điểm tổng với trọng số này.':
		'Weight obtained by subtraction from the group total; every 2022–2023 row with main-index scores reproduces its total with this weight.',
};

const DOC_TYPES: [RegExp, string][] = [
	[/\bQuyết định\b/g, 'Decision'],
	[/\bNghị quyết\b/g, 'Resolution'],
	[/\bNghị định\b/g, 'Decree'],
	[/\bBáo cáo\b/g, 'Report'],
	[/\bNQ\b/g, 'Resolution'],
];

/**
 * A legal reference in English: document types translated, "Đ" in document codes written "D"
 * (922/QĐ-BTTTT → 922/QD-BTTTT, 29/2025/NĐ-CP → 29/2025/ND-CP), dates dd/mm/yyyy as "20 May 2022".
 */
export function legalReferenceEn(text: string): string {
	let out = text;
	for (const [re, en] of DOC_TYPES) out = out.replace(re, en);
	out = out.replace(/\b(\d+\/(?:\d{4}\/)?)([A-ZĐ]+)-([A-ZĐ]+)\b/gu, (_, n, a, b) =>
		`${n}${a}-${b}`.replace(/Đ/g, 'D'),
	);
	out = out.replace(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g, (_, d, m, y) => formatDate(`${y}-${m}-${d}`, 'en'));
	return out;
}

/** A letter of Vietnamese that English does not use (đ, ă, â, ê, ô, ơ, ư, tone marks). */
export const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;

export interface LocalText {
	text: string;
	/** Set when the text is not in the page's language (render it inside an element with this `lang`). */
	lang?: Locale;
}

/** A Vietnamese data string as a page in `locale` shows it. */
export function dataText(vi: string, locale: Locale): LocalText {
	if (locale === DEFAULT_LOCALE) return { text: vi };
	const known = EN[vi];
	if (known) return { text: known };
	const legal = legalReferenceEn(vi);
	if (!VIETNAMESE_LETTER.test(legal)) return { text: legal };
	return { text: vi, lang: DEFAULT_LOCALE };
}

/** The English renderings, for tests. */
export const DATA_TEXT_EN: Readonly<Record<string, string>> = EN;

/** A piece of an English text: Vietnamese words (names, quoted titles) are `vi`. */
export interface TextPiece {
	text: string;
	vi: boolean;
}

/**
 * Splits an English text that quotes Vietnamese (unit names such as "Bắc Ninh", quoted titles,
 * terms such as "chính quyền số") into pieces, so the Vietnamese ones can be marked `lang="vi"`:
 * a word with a Vietnamese letter is Vietnamese, and so are the capitalised words next to a
 * capitalised Vietnamese word (the "Ninh" of "Bắc Ninh"); a quotation that holds one is
 * Vietnamese whole.
 */
export function splitVietnamese(text: string): TextPiece[] {
	const tokens = text.split(/(“[^”]*”|"[^"]*"|[\p{L}\p{M}]+)/u).filter((t) => t !== '');
	const isWord = (t: string) => /^[\p{L}\p{M}]+$/u.test(t) || /^[“"]/.test(t);
	const cap = (t: string) => /^\p{Lu}/u.test(t);
	const vi = tokens.map((t) => isWord(t) && VIETNAMESE_LETTER.test(t));
	// Capitalised neighbours of a capitalised Vietnamese word, across single spaces.
	for (let pass = 0; pass < 2; pass++)
		for (let i = 0; i < tokens.length; i++) {
			if (!vi[i] || !cap(tokens[i]) || /^[“"]/.test(tokens[i])) continue;
			for (const j of [i - 2, i + 2])
				if (tokens[j] && isWord(tokens[j]) && cap(tokens[j]) && tokens[(i + j) / 2] === ' ') vi[j] = true;
		}
	// Join runs: Vietnamese words with the spaces between them.
	const out: TextPiece[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const bridge = !vi[i] && tokens[i] === ' ' && vi[i - 1] && vi[i + 1];
		const piece = { text: tokens[i], vi: vi[i] || bridge };
		const last = out.at(-1);
		if (last && last.vi === piece.vi) last.text += piece.text;
		else out.push(piece);
	}
	return out;
}
