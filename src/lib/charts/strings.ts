/**
 * Chart interface text, Vietnamese first and English second (kept beside the chart modules so
 * chart work does not collide with edits to the site-wide `i18n.ts`; same shape and rules).
 */
import type { Locale } from '../format.ts';

const vi = {
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
	editionSource: (publisher: string, year: number, date: string) => `${publisher}, DTI ${year} (công bố ${date})`,
	historySource: (from: number, to: number) => `các kỳ công bố DTI ${from}–${to}`,
	mapCredit: 'Ranh giới: Open Development Mekong, CC BY-SA 4.0 (đã đơn giản hóa).',
	barsTitle: (table: string, top?: number) => `${top ? `${top} đơn vị đứng đầu — ` : ''}${table}`,
	barsDesc: (n: number, missing: number, ties: number) =>
		`Biểu đồ thanh ngang, ${n} đơn vị theo thứ hạng, thanh dài hơn là điểm cao hơn (thang 0–1).` +
		(ties ? ` Có ${ties} nhóm đồng hạng.` : '') +
		(missing ? ` ${missing} đơn vị chưa có điểm công bố, hiện dấu —.` : ''),
	historyTitle: (name: string) => `${name}: điểm và thứ hạng DTI qua các kỳ`,
	historyDesc: (points: string) => `Hai biểu đồ đường: điểm DTI (trên) và thứ hạng (dưới). Đường bị ngắt ở nơi bộ chỉ số thay đổi hoặc không có số liệu công bố. ${points}`,
	profileTitle: (name: string, year: number) => `${name}: điểm DTI ${year} theo từng chỉ số`,
	profileDesc: (name: string, leader?: string) =>
		`Biểu đồ chấm: điểm của ${name} (chấm tròn) so với trung bình (vạch đứng)${leader ? ` và đơn vị dẫn đầu ${leader} (hình thoi)` : ''}.`,
	computedAverage: (n: number) => `Trung bình các chỉ số chính được tính từ điểm công bố của đủ ${n} đơn vị.`,
	distTitle: (table: string) => `Phân bố điểm — ${table}`,
	distDesc: (n: number, name?: string, text?: string) =>
		`Mỗi chấm là một đơn vị (${n} đơn vị có điểm công bố), trục ngang là điểm DTI.` + (name ? ` ${name} được tô đậm: ${text}.` : ''),
	notShown: (n: number) => `${n} đơn vị chưa có điểm công bố, không vẽ.`,
	mapTitle: (table: string) => `Bản đồ điểm — ${table}`,
	mapDesc: (n: number, missing: number) =>
		`Bản đồ ${n} tỉnh, thành phố; màu đậm hơn là điểm cao hơn. ${missing ? `${missing} đơn vị chưa có điểm công bố được gạch chéo. ` : ''}Quần đảo Hoàng Sa và Trường Sa được vẽ ở khung bên phải.`,
	scatterTitle: (x: string, y: string, year: number) => `${x} và ${y}, DTI ${year}`,
	scatterDesc: (n: number) => `Biểu đồ phân tán ${n} đơn vị; đường nét đứt là xu hướng chung, các đơn vị lệch nhiều nhất được ghi tên.`,
	trend: 'xu hướng',
};

export type ChartStrings = typeof vi;

const en: ChartStrings = {
	...vi,
	dataTable: 'Show the chart data',
	source: 'Source',
	embed: 'Embed this chart',
	embedCode: 'Embed code (copy into your page)',
	download: 'Download chart (SVG)',
	noData: 'Not published',
	tie: 'tied',
	tieLegend: 'Brackets in the rank column: tied units.',
	rank: 'Rank',
	unit: 'Unit',
	score: 'Score',
	year: 'Edition',
	average: 'Average',
	leader: 'Leader',
	total: 'DTI score',
	frameworkBreak: 'new framework',
	rankAxis: 'Rank (1 = highest)',
	scoreAxis: 'DTI score',
	editionSource: (publisher, year, date) => `${publisher}, DTI ${year} (published ${date})`,
	historySource: (from, to) => `DTI editions ${from}–${to}`,
	mapCredit: 'Boundaries: Open Development Mekong, CC BY-SA 4.0 (simplified).',
	barsTitle: (table, top) => `${top ? `Top ${top} — ` : ''}${table}`,
	barsDesc: (n, missing, ties) =>
		`Horizontal bars, ${n} units in rank order; longer bars are higher scores (scale 0–1).` +
		(ties ? ` ${ties} groups of tied ranks.` : '') +
		(missing ? ` ${missing} units have no published score and show —.` : ''),
	historyTitle: (name) => `${name}: DTI score and rank by edition`,
	historyDesc: (points) => `Two line charts: DTI score (top) and rank (bottom). Lines break where the framework changed or no value was published. ${points}`,
	profileTitle: (name, year) => `${name}: DTI ${year} scores by index`,
	profileDesc: (name, leader) => `Dot plot: ${name}'s scores (dots) against the average (rules)${leader ? ` and the leader ${leader} (diamonds)` : ''}.`,
	computedAverage: (n) => `Main-index averages are computed from the published scores of all ${n} units.`,
	distTitle: (table) => `Distribution of scores — ${table}`,
	distDesc: (n, name, text) => `Each dot is a unit (${n} with a published score) along the DTI score.` + (name ? ` ${name} is highlighted: ${text}.` : ''),
	notShown: (n) => `${n} units have no published score and are not drawn.`,
	mapTitle: (table) => `Map of scores — ${table}`,
	mapDesc: (n, missing) =>
		`Map of ${n} provinces; darker is a higher score. ${missing ? `${missing} units without a published score are hatched. ` : ''}The Hoang Sa and Truong Sa islands are drawn in insets on the right.`,
	scatterTitle: (x, y, year) => `${x} and ${y}, DTI ${year}`,
	scatterDesc: (n) => `Scatter of ${n} units; the dashed line is the overall trend, the units furthest from it are labelled.`,
	trend: 'trend',
};

/** Chart strings for a locale. */
export function chartStrings(locale: Locale = 'vi'): ChartStrings {
	return locale === 'vi' ? vi : en;
}
