/**
 * Vietnamese, the reference table: its shape is the `Messages` type (src/lib/i18n.ts) that every
 * other locale must match key for key. How to add a key: see the JSDoc of src/lib/i18n.ts.
 */
import type { Level, MinistryGroup } from '../data/schema.ts';
import * as openData from './open-data.vi.ts';
import * as profile from './profile.vi.ts';

/** Chart text (titles, descriptions, axes, legends), used through `chartStrings()`. */
const charts = {
	...profile.charts,
	dataTable: 'Xem số liệu của biểu đồ',
	source: 'Nguồn',
	embed: 'Nhúng biểu đồ',
	embedCode: 'Mã nhúng (sao chép vào trang của bạn)',
	download: 'Tải biểu đồ (SVG)',
	noData: 'Chưa công bố',
	tie: 'đồng hạng',
	tieLegend: 'Dấu ngoặc ở cột hạng: các đơn vị đồng hạng.',
	rank: 'Hạng',
	unit: 'Đơn vị',
	score: 'Điểm',
	year: 'Kỳ',
	average: 'Trung bình',
	leader: 'Dẫn đầu',
	total: 'Điểm DTI',
	frameworkBreak: 'đổi bộ chỉ số',
	rankAxis: 'Thứ hạng (1 = cao nhất)',
	scoreAxis: 'Điểm DTI',
	editionSource: (publisher: string, year: number, date: string) =>
		`${publisher}, DTI ${year} (công bố ${date})`,
	historySource: (from: number, to: number) => `các kỳ công bố DTI ${from}–${to}`,
	mapCredit: 'Ranh giới: Open Development Mekong, CC BY-SA 4.0 (đã đơn giản hóa).',
	mapExtremes: (top: string, bottom: string) => `Cao nhất: ${top}; thấp nhất: ${bottom}.`,
	barsTitle: (table: string, top?: number) => `${top ? `${top} đơn vị đứng đầu — ` : ''}${table}`,
	barsDesc: (n: number, missing: number, ties: number) =>
		`Biểu đồ thanh ngang, ${n} đơn vị theo thứ hạng, thanh dài hơn là điểm cao hơn (thang 0–1).` +
		(ties ? ` Có ${ties} nhóm đồng hạng.` : '') +
		(missing ? ` ${missing} đơn vị chưa có điểm công bố, hiện dấu —.` : ''),
	barsAverage: (n: number, mean: string, published?: string) =>
		`Đường nét đứt: trung bình cộng điểm DTI của ${n} đơn vị trong bảng, ${mean}, do trang này tính từ các điểm đã công bố${published ? ` (trung bình do cơ quan công bố: ${published})` : ''}.`,
	rankUp: 'tăng hạng',
	rankDown: 'giảm hạng',
	rankChangeColumn: 'Thay đổi',
	rankOf: (year: number) => `Hạng DTI ${year}`,
	rankChangeTitle: (previous: number, year: number, table: string) =>
		`Thay đổi thứ hạng từ DTI ${previous} đến DTI ${year} — ${table}`,
	rankChangeDesc: (n: number, previous: number, year: number, up: string, down: string, same: number) =>
		`Biểu đồ quả tạ: ${n} đơn vị theo thứ hạng DTI ${year} (1 = cao nhất); chấm rỗng là hạng DTI ${previous}, chấm đặc là hạng DTI ${year}, đoạn nối là mức thay đổi.` +
		(up ? ` Tăng nhiều bậc nhất: ${up}.` : '') +
		(down ? ` Giảm nhiều bậc nhất: ${down}.` : '') +
		(same ? ` ${same} đơn vị giữ nguyên hạng.` : ''),
	rankChangeMove: (name: string, from: number, to: number) =>
		`${name} từ hạng ${from} ${from > to ? 'lên' : 'xuống'} ${to}`,
	rankChangeTip: (name: string, rank: string, previousYear: number, previous: number, change: string) =>
		`${name}: hạng ${rank} (${previousYear}: ${previous}), ${change}`,
	rankChangeGaps: (n: number, names: string) =>
		`Không vẽ ${n} đơn vị vì thiếu thứ hạng của một trong hai kỳ: ${names}.`,
	rankChangeBasis: (n: number, year: number, basis: string) => `${n} thứ hạng DTI ${year}: ${basis}.`,
	rankChangeFramework: (previous: number, year: number) =>
		`Bộ chỉ số DTI ${year} khác DTI ${previous}: so sánh thứ hạng giữa hai kỳ chỉ mang tính tham khảo.`,
	heatTitle: (table: string) => `Điểm các chỉ số chính của từng đơn vị — ${table}`,
	heatDesc: (
		n: number,
		k: number,
		low: string,
		lowAt: string,
		high: string,
		highAt: string,
		from: string,
		to: string,
	) =>
		`Biểu đồ nhiệt: ${n} đơn vị (hàng, theo thứ hạng) × ${k} chỉ số chính (cột, đánh số theo chú thích bên dưới); màu đậm hơn là điểm cao hơn, thang màu từ ${from} đến ${to}. Thấp nhất ${low} (${lowAt}); cao nhất ${high} (${highAt}).`,
	heatCell: (unit: string, index: string) => `${index} của ${unit}`,
	heatCells: (n: number) => `${n} ô`,
	heatLegend: 'Điểm chỉ số chính',
	historyTitle: (name: string) => `${name}: điểm và thứ hạng DTI qua các kỳ`,
	historyDesc: (points: string) =>
		`Hai biểu đồ đường: điểm DTI (trên) và thứ hạng (dưới). Đường bị ngắt ở nơi bộ chỉ số thay đổi hoặc không có số liệu công bố. ${points}`,
	profileTitle: (name: string, year: number) => `${name}: điểm DTI ${year} theo từng chỉ số`,
	profileDesc: (name: string, leader?: string) =>
		`Biểu đồ chấm: điểm của ${name} (chấm tròn) so với trung bình (vạch đứng)${leader ? ` và đơn vị dẫn đầu ${leader} (hình thoi)` : ''}.`,
	computedAverage: (n: number) => `Trung bình các chỉ số chính được tính từ điểm công bố của đủ ${n} đơn vị.`,
	distTitle: (table: string) => `Phân bố điểm — ${table}`,
	distDesc: (n: number, name?: string, text?: string) =>
		`Mỗi chấm là một đơn vị (${n} đơn vị có điểm công bố), trục ngang là điểm DTI.` +
		(name ? ` ${name} được tô đậm: ${text}.` : ''),
	notShown: (n: number, why: string) => `${n} đơn vị không vẽ: ${why}.`,
	absentList: (why: string, names: string[]) => `Không vẽ (${why}): ${names.join(', ')}.`,
	mapTitle: (table: string) => `Bản đồ điểm — ${table}`,
	mapDesc: (n: number, missing: number, why: string) =>
		`Bản đồ ${n} tỉnh, thành phố; màu đậm hơn là điểm cao hơn. ${missing ? `${missing} đơn vị không có điểm (${why}) được gạch chéo. ` : ''}Quần đảo Hoàng Sa và Trường Sa được vẽ ở khung bên phải.`,
	scatterTitle: (x: string, y: string, year: number) => `${x} và ${y}, DTI ${year}`,
	scatterDesc: (n: number) =>
		`Biểu đồ phân tán ${n} đơn vị; đường nét đứt là xu hướng chung, các đơn vị lệch nhiều nhất được ghi tên.`,
	groupShort: {
		'public-services': 'có dịch vụ công',
		'no-public-services': 'không có dịch vụ công',
	} satisfies Record<MinistryGroup, string>,
	trend: 'xu hướng',
	/** Tooltips (`<title>` of a mark): each number named. */
	tips: {
		bar: (name: string, score: string, rank: string) => `${name}: điểm DTI ${score}, hạng ${rank}`,
		score: (name: string, score: string) => `${name}: điểm DTI ${score}`,
		pair: (name: string, x: string, xv: string, y: string, yv: string) =>
			`${name}: điểm ${x} ${xv}; điểm ${y} ${yv}`,
		historyScore: (name: string, year: number, score: string) => `${name}, DTI ${year}: điểm ${score}`,
		historyRank: (name: string, year: number, rank: string) => `${name}, DTI ${year}: hạng ${rank}`,
		profile: (index: string, score: string, average: string, leader: string) =>
			`${index}: điểm ${score} · trung bình ${average} · dẫn đầu ${leader}`,
		unpublished: (year: number) => `DTI ${year}: chưa công bố`,
	},
};

export const vi = {
	/** Language tags: numbers and dates (`format.ts`), the feed's <language>, og:locale. */
	meta: { bcp47: 'vi-VN', ogLocale: 'vi_VN' },
	/** Words that `format.ts` and `names.ts` put around numbers, dates and names. */
	formats: {
		tied: (rank: string) => `${rank} (đồng hạng)`,
		rankChange: {
			unknown: 'không có số liệu so sánh',
			same: 'giữ nguyên hạng',
			up: (n: number) => `tăng ${n} bậc`,
			down: (n: number) => `giảm ${n} bậc`,
		},
		/** A calendar date: 08/08/2022. */
		date: (year: number, month: number, day: number) =>
			`${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
		/** A month, for sources that give no day: "tháng 8/2022". */
		month: (year: number, month: number) => `tháng ${month}/${year}`,
		/** A unit that no longer exists, read at a later date: "Đà Nẵng (cũ)". */
		former: (name: string) => `${name} (cũ)`,
	},
	siteName: 'Chỉ số chuyển đổi số DTI',
	siteTagline: 'Kết quả đánh giá mức độ chuyển đổi số cấp tỉnh, cấp bộ và quốc gia của Việt Nam qua các năm',
	skipToContent: 'Bỏ qua, đến nội dung chính',
	nav: {
		home: 'Trang chủ',
		editions: 'Các kỳ công bố',
		provinces: 'Tỉnh, thành phố',
		ministries: 'Bộ, ngành',
		articles: 'Bài viết',
		methodology: 'Phương pháp',
		sources: 'Nguồn số liệu',
	},
	/** The home page: the latest edition's story. */
	home: {
		tables: (year: number, primary: string, others: string) =>
			`DTI ${year} công bố ${others ? 'hai bảng xếp hạng cấp tỉnh' : 'một bảng xếp hạng cấp tỉnh'}: ${primary}${others ? ` (bảng chính, dùng trên trang này), và ${others}` : ''}.`,
		leadersOf: 'Đơn vị dẫn đầu',
		picker: 'Tìm nhanh một tỉnh, thành phố hoặc bộ, ngành',
		pickerHint: 'Mỗi tên dẫn tới hồ sơ của đơn vị qua các kỳ công bố.',
		formerUnits: 'Đơn vị trước ngày 01/07/2025',
	},
	levels: { provinces: 'cấp tỉnh', ministries: 'cấp bộ' } satisfies Record<Level, string>,
	levelsTitle: { provinces: 'Tỉnh, thành phố', ministries: 'Bộ, ngành' } satisfies Record<Level, string>,
	groups: {
		'public-services': 'Bộ, ngành có cung cấp dịch vụ công',
		'no-public-services': 'Bộ, ngành không cung cấp dịch vụ công',
	} satisfies Record<MinistryGroup, string>,
	edition: 'Kỳ công bố',
	editionOf: (year: number) => `DTI ${year}`,
	/** The short mark beside the site name in the header. */
	brandMark: 'DTI',
	/** Page descriptions (meta description, social cards); values arrive formatted. */
	describe: {
		edition: (year: number, date: string) =>
			`Chỉ số chuyển đổi số DTI ${year}, công bố ngày ${date}: điểm quốc gia, trung bình, bảng xếp hạng cấp tỉnh và cấp bộ.`,
		ranking: (table: string, date: string) =>
			`${table}: thứ hạng, điểm DTI, trụ cột và chỉ số chính, công bố ngày ${date}.`,
		unitEdition: (name: string, year: number, score?: string, rank?: string) =>
			score === undefined
				? `${name} trong DTI ${year}.`
				: `${name} trong DTI ${year}: ${rank !== undefined ? `hạng ${rank}, ` : ''}điểm ${score}.`,
		profile: (name: string, years: string) =>
			`${name}: thứ hạng và điểm DTI qua các kỳ công bố${years ? ` (${years})` : ''}.`,
		units: (n: number, level: Level) =>
			`Hồ sơ DTI của ${n} ${level === 'provinces' ? 'tỉnh, thành phố' : 'bộ, ngành'} qua các kỳ công bố.`,
	},
	assessedYear: (year: number) => `Kết quả đánh giá năm ${year}`,
	publishedOn: 'Công bố ngày',
	publisher: 'Cơ quan công bố',
	event: 'Sự kiện',
	theme: 'Chủ đề',
	national: 'DTI quốc gia',
	average: 'Trung bình',
	averageOf: {
		provinces: 'Trung bình cấp tỉnh',
		'public-services': 'Trung bình các bộ có cung cấp dịch vụ công trực tuyến',
		'no-public-services': 'Trung bình các bộ không cung cấp dịch vụ công trực tuyến',
	},
	/**
	 * The four kinds of gap (src/lib/data/gaps.ts): the words beside each visible mark, spoken by
	 * screen readers in place of the mark, and the legend under each table.
	 */
	gaps: {
		not_published: 'Không công bố',
		not_in_record: 'Chưa có trong dữ liệu',
		not_comparable: 'Không so sánh được',
		not_assessed: 'Không được đánh giá',
	},
	gapsLong: {
		not_published: 'cơ quan công bố không đưa ra giá trị này.',
		not_in_record: 'giá trị thuộc kết quả đã công bố nhưng chưa tìm thấy trong các nguồn đã lưu.',
		not_comparable:
			'không có giá trị cùng cơ sở ở kỳ trước: kỳ đầu tiên, đơn vị mới thành lập, hai kỳ xếp hạng hai tập đơn vị khác nhau (63 và 34 tỉnh, thành phố), hai nhóm bộ khác nhau, hoặc (với điểm) hai kỳ dùng hai bộ chỉ số khác nhau.',
		not_assessed: 'kỳ công bố nêu rõ đơn vị không được đánh giá.',
	},
	/** The level or table was not published by the publisher (gaps.not_published). */
	notPublished: 'Không công bố',
	/** Published, but not found in any stored source (gaps.not_in_record). */
	notInRecord: 'Chưa có trong dữ liệu',
	/** One note under a ranking table for the basis most of its ranks share (instead of a mark on each). */
	rankBasisNote: (basis: string, n: number, ranked: number) =>
		`Thứ hạng của ${n}/${ranked} đơn vị ${basis}; các thứ hạng còn lại do nguồn nêu trực tiếp, trừ các thứ hạng có dấu riêng.`,
	unitsOnRecord: (assessed: number | undefined, onRecord: number) =>
		assessed === undefined || assessed === onRecord
			? `${onRecord} đơn vị`
			: `${assessed} đơn vị được đánh giá, ${onRecord} có trong dữ liệu`,
	leader: 'Dẫn đầu',
	top: 'Nhóm dẫn đầu',
	bottom: 'Nhóm cuối bảng',
	rank: 'Hạng',
	unit: 'Đơn vị',
	province: 'Tỉnh, thành phố',
	ministry: 'Bộ, ngành',
	total: 'Điểm DTI',
	change: 'Thay đổi so với kỳ trước',
	changeShort: '± hạng',
	totalChange: '± điểm',
	pillars: 'Trụ cột',
	indices: 'Chỉ số chính',
	score: 'Điểm',
	region: 'Vùng',
	allRegions: 'Tất cả các vùng',
	filterByName: 'Lọc theo tên',
	filterPlaceholder: 'Nhập tên, ví dụ: Đà Nẵng',
	sortHint: 'Bấm vào tiêu đề cột để sắp xếp.',
	shownTemplate: 'Đang hiện {n}/{total} đơn vị',
	tie: 'đồng hạng',
	rankOf: (rank: string, n?: number) => (n ? `Hạng ${rank}/${n}` : `Hạng ${rank}`),
	/**
	 * The sentence on a unit's strongest and weakest pillars or main indices (src/lib/data/standing.ts):
	 * names joined with "và", ranks already formatted ("31/34").
	 */
	/**
	 * The sentence on a unit's strongest and weakest pillars or main indices (src/lib/data/standing.ts).
	 * Names come joined (`formatList`), ranks formatted ("31/34"); `many` = several share the place.
	 */
	strengths: (
		kind: 'pillars' | 'indices',
		strong: string,
		strongMany: boolean,
		strongRank: string,
		weak: string,
		weakMany: boolean,
		weakRank: string,
	) => {
		const what = (names: string, many: boolean) =>
			`${many ? 'các ' : ''}${kind === 'pillars' ? 'trụ cột' : 'chỉ số'} ${names}`;
		const place = (many: boolean, rank: string) => `${many ? 'cùng hạng' : 'hạng'} ${rank}`;
		return `Mạnh nhất ở ${what(strong, strongMany)} (${place(strongMany, strongRank)}), yếu nhất ở ${what(weak, weakMany)} (${place(weakMany, weakRank)}).`;
	},
	strengthsDerived: 'Thứ hạng từng chỉ số được tính từ điểm công bố của tất cả các đơn vị trong bảng.',
	rankBasis: {
		published: 'thứ hạng do nguồn nêu',
		position: 'theo thứ tự dòng của bảng chính thức',
		listed_order: 'theo thứ tự liệt kê trong bài báo',
		bottom_position_stated: 'nguồn nêu vị trí cuối bảng',
		rank_unknown: 'chưa rõ thứ hạng',
		not_found: 'chưa tìm thấy nguồn',
	},
	diffAverage: 'Chênh lệch so với trung bình',
	diffLeader: 'Chênh lệch so với đơn vị dẫn đầu',
	/** The leader's own card, in place of a gap of 0,0000. */
	leadsTable: 'Dẫn đầu bảng xếp hạng',
	leadsTableTied: 'Đồng hạng dẫn đầu bảng xếp hạng',
	previousEdition: 'Kỳ trước',
	sources: 'Nguồn',
	sourcesOfEdition: 'Nguồn của kỳ công bố',
	missingInRecord: 'Những gì còn thiếu trong số liệu công bố',
	framework: 'Bộ chỉ số',
	components: 'chỉ số thành phần',
	weight: 'Trọng số (điểm/1.000)',
	overview: 'Tổng quan',
	rankings: 'Bảng xếp hạng',
	allEditions: 'Tất cả các kỳ công bố',
	profile: 'Hồ sơ qua các năm',
	pageInEdition: (year: number) => `Kết quả DTI ${year}`,
	statuses: {
		assessed: 'Được đánh giá',
		'not-assessed': 'Không được đánh giá',
		'not-existing': 'Chưa thành lập / đã sáp nhập',
		'not-published': 'Không công bố: kỳ này không công bố kết quả của cấp này',
		'not-in-record': 'Chưa có trong dữ liệu: kết quả đã công bố nhưng chưa tìm thấy dòng của đơn vị này',
	},
	valuesMissing:
		'Được đánh giá, nhưng thứ hạng và điểm chưa có trong dữ liệu (đã công bố, chưa tìm thấy trong các nguồn đã lưu)',
	successor: 'Đơn vị kế thừa',
	predecessors: 'Hợp thành từ',
	formerNames: 'Tên trước đây',
	lineageNote: 'Kết quả dưới đây là của các đơn vị trước sáp nhập, không phải của đơn vị hiện nay.',
	unitCount: (n: number) => `${n} đơn vị`,
	publishedName: 'Tên trong bảng công bố',
	otherTable: 'Bảng khác của kỳ này',
	frameworkChanged:
		'Bộ chỉ số thay đổi: điểm của hai kỳ không so sánh được; thứ hạng trên cùng tập đơn vị vẫn so sánh được.',
	differentGeography: 'Hai kỳ xếp hạng trên hai tập đơn vị khác nhau; không so sánh thứ hạng.',
	notFoundTitle: 'Không tìm thấy trang',
	notFoundText: 'Trang bạn tìm không tồn tại hoặc đã được chuyển. Hãy thử các liên kết dưới đây.',
	footerData:
		'Số liệu tổng hợp từ các nguồn công bố chính thức và báo chí; mỗi con số đều dẫn nguồn. Ô không có số ghi rõ một trong bốn trường hợp: không công bố, chưa có trong dữ liệu, không so sánh được, không được đánh giá (chú thích dưới mỗi bảng); không bao giờ là điểm 0.',
	footerCode: 'Mã nguồn mở.',
	mapAttribution:
		'Ranh giới tỉnh: Open Development Mekong / Open Development Vietnam, “Địa phận tỉnh” (nguồn: Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam), CC BY-SA 4.0; đã đơn giản hóa, gắn mã đơn vị hành chính của Tổng cục Thống kê và (bản 34 đơn vị) hợp nhất theo Nghị quyết 202/2025/QH15.',
	aboutUnit: 'Thông tin đơn vị',
	/** The first fact under that heading: the unit's full official name and its kind. */
	fullName: 'Tên đầy đủ',
	validity: 'Thời gian tồn tại',
	/** The dates a source states: only the end for the 63 provinces, only the start for the 2025 units. */
	validSince: (date: string) => `từ ${date}`,
	validUntil: (date: string) => `đến ${date}`,
	/** A unit that did not exist in the form of the edition's tables (Resolution 202/2025/QH15 wording). */
	absence: {
		notYet: 'Chưa thành lập',
		provinces: 'Đã hợp nhất vào đơn vị mới',
		ministries: 'Đã tổ chức lại',
	},
	code: 'Mã',
	agencyTypes: {
		ministry: 'Bộ',
		'ministry-level': 'Cơ quan ngang bộ',
		'government-agency': 'Cơ quan thuộc Chính phủ',
	},
	unitTypes: { city: 'Thành phố trực thuộc Trung ương', province: 'Tỉnh' },
	regions: {
		TDMNPB: 'Trung du và miền núi phía Bắc',
		DBSH: 'Đồng bằng sông Hồng',
		BTB_DHMT: 'Bắc Trung Bộ và duyên hải miền Trung',
		TN: 'Tây Nguyên',
		DNB: 'Đông Nam Bộ',
		DBSCL: 'Đồng bằng sông Cửu Long',
	},
	/** Region of a unit with its basis; merged units whose former provinces lie in several regions have none. */
	regionNone: 'Chưa xếp vùng',
	regionNoneNote:
		'Các tỉnh hợp thành thuộc nhiều vùng; chưa tìm được văn bản chính thức xếp đơn vị mới vào vùng kinh tế – xã hội nào, nên trang không tự xếp.',
	regionBasis: 'Vùng kinh tế – xã hội theo Tổng cục Thống kê.',
	regionBasisMerged: 'Vùng kinh tế – xã hội theo Tổng cục Thống kê, vùng chung của mọi tỉnh hợp thành.',
	regionsShort: {
		TDMNPB: 'TD&MN phía Bắc',
		DBSH: 'ĐB sông Hồng',
		BTB_DHMT: 'BTB & DH miền Trung',
		TN: 'Tây Nguyên',
		DNB: 'Đông Nam Bộ',
		DBSCL: 'ĐB sông Cửu Long',
	},
	now: 'nay',
	ministriesNotPublished: 'Không công bố: kỳ này không công bố kết quả cấp bộ.',
	/** Title of a mean the site computed (narrative <Mean>). */
	computedMean: (n: number) => `Trung bình cộng của ${n} điểm đã công bố (tính trên trang này)`,
	lang: 'Ngôn ngữ',
	/** Names of the site's languages, as a reader of this locale writes them. */
	languageNames: { vi: 'Tiếng Việt', en: 'English' },
	/** The framework tables of the methodology page (`FrameworkTables.astro`). */
	methodology: {
		frameworkHeading: (years: string, basis: string) => `DTI ${years}: ${basis}`,
		tableCaption: (group: string, years: string) => `${group} — DTI ${years}`,
		note: 'Ghi chú',
		totalFrom: 'Điểm tổng hợp tính từ',
		totalFromKinds: { pillars: 'ba trụ cột', indices: 'các chỉ số chính' },
		editions: 'Các kỳ',
	},
	errata: 'Đính chính',
	usedFor: 'Dùng cho',
	/** Kinds of source (data/sources.json `kind`), in the order lists show them. */
	sourceKinds: {
		official: 'Nguồn chính thức',
		government: 'Cổng thông tin cơ quan nhà nước',
		press: 'Báo chí',
		secondary: 'Bản sao, trang tổng hợp',
	},
	sourceDirectory: {
		notesTitle: 'Ghi chú về dữ liệu',
		notes: [
			'Chưa tìm được bản lưu của phần lớn các bảng xếp hạng trên dti.gov.vn. Số liệu vì vậy lấy từ bản lưu của trang chính thức (bảng năm 2022 và bảng năm 2021 trên trang chủ), từ bản sao các bảng năm 2022–2024 do tác giả dự án mã nguồn mở Tuan04-D/opendx trích xuất từ dti.gov.vn (tháng 11/2025), và từ báo chí, cổng thông tin của các bộ, tỉnh.',
			'Bản sao được đối chiếu với bản lưu của trang chính thức: thứ hạng và tên của 63 tỉnh năm 2022 khớp hoàn toàn, điểm của năm tỉnh đứng đầu giống hệt. Bản sao cũng được đối chiếu với bài báo của từng tỉnh.',
			'Nhiều thứ hạng năm 2022–2024 lấy theo thứ tự dòng của bảng chính thức; các đơn vị bằng điểm được xếp đồng hạng.',
			'Khi hai nguồn ghi khác nhau, trang giữ giá trị của nguồn chính thức hoặc của số đông nguồn độc lập, và ghi chú ở dòng số liệu đó. Giá trị chỉ suy ra được từ câu như “tăng N bậc” không được đưa vào.',
			'Không có số nào được nội suy hay ước tính: ô không có số ghi rõ là không công bố, chưa có trong dữ liệu (đã công bố nhưng chưa tìm thấy trong nguồn nào), không so sánh được hoặc không được đánh giá.',
			'Ghi chép chi tiết về cách đọc và đối chiếu từng nguồn (bằng tiếng Anh) được lưu cùng dữ liệu trong mã nguồn của trang, tệp data/raw/dti/SOURCES.md.',
		],
	},
	sourceKindsNote: {
		official: 'Bảng xếp hạng và văn bản của cơ quan công bố DTI (dti.gov.vn).',
		government: 'Tin của bộ, sở, cổng thông tin tỉnh đưa lại kết quả.',
		press: 'Bài báo đưa tin về kết quả.',
		secondary: 'Bản sao, bài đăng lại hoặc trang tổng hợp do người khác làm; dùng khi không có bản gốc.',
	},
	charts,
	downloads: openData.downloads,
	dataPage: openData.dataPage,
	compare: openData.compare,
	profilePage: profile.page,
	mapLink: 'Bản đồ điểm DTI theo tỉnh, thành phố',
	pillarRankNote: 'Số trong ngoặc ở cột trụ cột là thứ hạng của trụ cột đó.',
	derivedRankTitle: 'Tính từ điểm đã công bố của toàn bảng',
	derivedRankNote:
		'Thứ hạng chỉ số chính tính từ điểm đã công bố của toàn bảng (các đơn vị bằng điểm cùng hạng).',
	until: 'đến',
	legalBasis: 'Căn cứ',
	table: 'Bảng',
	mainNav: 'Điều hướng chính',
	/** The title of the "TP." before a city's name (src/components/UnitNameText.astro). */
	cityPrefix: 'Thành phố',
	/** The phone menu's button (the header links behind a <details>). */
	menu: 'Danh mục',
	breadcrumb: 'Vị trí trang',
	unitGroups: {
		provincesCurrent: 'Tỉnh, thành phố từ 01/07/2025 (34 đơn vị)',
		provincesFormer: 'Tỉnh, thành phố đã sáp nhập ngày 01/07/2025',
		ministriesCurrent: 'Đang hoạt động',
		ministriesFormer: 'Đã sáp nhập hoặc tổ chức lại năm 2025',
	},
	search: {
		label: 'Tìm tỉnh, thành phố, bộ, ngành, bài viết',
		placeholder: 'Tìm tỉnh, bộ, bài viết…',
		submit: 'Tìm',
		title: 'Tìm kiếm',
		lede: 'Gõ tên tỉnh, thành phố, bộ, ngành (có dấu hay không dấu, tên cũ hay viết tắt như “TP.HCM”), kỳ công bố hoặc chủ đề bài viết.',
		noScript: 'Ô tìm kiếm cần JavaScript. Không có JavaScript, hãy tìm đơn vị trong danh sách:',
		loading: 'Đang tải chỉ mục tìm kiếm…',
		none: (q: string) => `Không tìm thấy kết quả cho “${q}”.`,
		count: (n: number, q: string) => `${n} kết quả cho “${q}”`,
		failed: 'Không tải được chỉ mục tìm kiếm. Hãy tìm đơn vị trong danh sách tỉnh, thành phố hoặc bộ, ngành.',
		results: 'Kết quả tìm kiếm',
	},
	card: {
		rankOf: (rank: number, n?: number) => `Hạng ${rank}${n ? `/${n}` : ''}`,
		score: (score: string) => `Điểm ${score}`,
		units: (n: number) => `${n} đơn vị`,
		leader: (name: string) => `Dẫn đầu: ${name}`,
		article: 'Bài viết',
		imageAlt: (title: string) => `Thẻ chia sẻ: ${title}`,
	},
	print: {
		url: 'Địa chỉ trang',
	},
	narrative: {
		articles: 'Bài viết',
		articlesTitle: 'Bài viết và bài học kinh nghiệm',
		articlesLede:
			'Phân tích từng kỳ công bố và những bài học rút ra từ các hội nghị, hội thảo về chuyển đổi số. Mọi con số trong bài được lấy trực tiếp từ bộ số liệu của trang.',
		filterBy: 'Lọc bài viết',
		byEdition: 'Theo kỳ công bố',
		byUnit: 'Theo đơn vị',
		all: 'Tất cả',
		count: (n: number) => `${n} bài viết`,
		none: 'Chưa có bài viết nào.',
		minutes: (n: number) => `${n} phút đọc`,
		published: 'Đăng ngày',
		updated: 'Cập nhật',
		translated: 'Dịch ngày',
		toc: 'Trong bài này',
		sources: 'Nguồn tham khảo',
		aboutEditions: 'Kỳ công bố',
		aboutUnits: 'Đơn vị được nhắc đến',
		related: 'Bài viết liên quan',
		mentioning: (name: string) => `Bài viết nhắc đến ${name}`,
		unitSince: (name: string, year: string) => `${name} (từ ${year})`,
		ofEdition: (year: number) => `Bài viết về DTI ${year}`,
		overviewOf: (year: number) => `Tổng quan DTI ${year}`,
		feed: 'Nguồn tin RSS',
		feedTitle: 'Bài viết — Chỉ số chuyển đổi số DTI',
		feedDescription: 'Tổng quan các kỳ công bố DTI và bài học kinh nghiệm về chuyển đổi số ở Việt Nam.',
		readMore: 'Đọc bài',
		showAll: 'Hiện tất cả',
		untranslated: 'Bài viết này chưa có bản bằng ngôn ngữ này.',
		readOriginal: 'Đọc bản gốc',
		overviewUntranslated: 'Bài tổng quan của kỳ này chưa có bản bằng ngôn ngữ này.',
	},
};
