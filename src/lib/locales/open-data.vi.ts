/**
 * Vietnamese strings of the open-data pages (downloads, the data page /du-lieu/, the compare
 * page /so-sanh/) and the column titles of the Vietnamese files (/du-lieu/; the English ones under
 * /en/du-lieu/ take theirs from open-data.en.ts).
 * src/lib/locales/vi.ts includes them as `downloads`, `dataPage` and `compare`.
 */
import type { Status } from '../downloads/status.ts';

export const downloads = {
	scoreWord: 'điểm',
	rankWord: 'hạng',
	statusWord: 'trạng thái',
	statusDescription: (title: string) =>
		`Trạng thái của “${title}”: value (có giá trị) hoặc lý do ô giá trị để trống.`,
	fields: {
		ky: 'Kỳ DTI',
		bang: 'Bảng',
		cap: 'Cấp',
		ma_don_vi: 'Mã đơn vị',
		ten_don_vi: 'Tên đơn vị',
		ten_cong_bo: 'Tên trong bảng công bố',
		vung: 'Vùng',
		nhom: 'Nhóm bộ, ngành',
		hang: 'Hạng',
		dong_hang: 'Đồng hạng',
		co_so_hang: 'Cơ sở thứ hạng',
		so_don_vi_xep_hang: 'Số đơn vị được xếp hạng',
		diem_dti: 'Điểm DTI',
		thay_doi_hang: 'Thay đổi thứ hạng so với kỳ trước',
		thay_doi_diem: 'Thay đổi điểm so với kỳ trước',
		nguon: 'Nguồn',
		ghi_chu: 'Ghi chú',
		phien_ban_du_lieu: 'Phiên bản dữ liệu',
		dinh_chinh: 'Đính chính',
		chi_tieu: 'Mã chỉ tiêu',
		ten_chi_tieu: 'Chỉ tiêu',
		gia_tri: 'Giá trị',
	},
	descriptions: {
		ky: 'Năm đánh giá của kỳ DTI (DTI 2022 công bố năm 2023).',
		bang: 'Mã bảng xếp hạng của kỳ: provinces, provinces-63, ministries.',
		cap: 'Cấp đánh giá: provinces (tỉnh, thành phố) hoặc ministries (bộ, ngành).',
		ma_don_vi: 'Mã ổn định của đơn vị trong sổ đăng ký của trang (da-nang, da-nang-2025).',
		ten_don_vi: 'Tên đơn vị đang dùng khi kỳ được công bố.',
		ten_cong_bo: 'Tên đơn vị đúng như nguồn in; trống khi đơn vị không có dòng kết quả.',
		vung: 'Mã vùng kinh tế - xã hội (Tổng cục Thống kê); trống với đơn vị trải nhiều vùng.',
		nhom: 'Nhóm bộ, ngành: public-services (có dịch vụ công) hoặc no-public-services.',
		hang: 'Thứ hạng trong bảng (và nhóm); 1 là cao nhất.',
		dong_hang: 'true khi đơn vị khác cùng bảng, cùng nhóm có cùng thứ hạng.',
		co_so_hang:
			'Thứ hạng lấy từ đâu: published, position, listed_order, bottom_position_stated, rank_unknown, not_found.',
		so_don_vi_xep_hang: 'Số đơn vị được xếp hạng trong bảng (hoặc nhóm), nếu kỳ công bố nêu.',
		diem_dti: 'Điểm DTI tổng hợp, thang 0–1, như nguồn công bố.',
		thay_doi_hang: 'Số bậc thay đổi so với kỳ trước (dương là tăng hạng); chỉ tính trên cùng tập đơn vị.',
		thay_doi_diem: 'Điểm kỳ này trừ điểm kỳ trước.',
		measure: (title: string) => `${title}, như nguồn công bố.`,
		nguon: 'Địa chỉ các nguồn của dòng, cách nhau bằng dấu cách; trang Nguồn số liệu mô tả từng nguồn.',
		ghi_chu: 'Ghi chú về dòng cho người đọc (nguồn lệch nhau, làm tròn, lý do không được đánh giá).',
		phien_ban_du_lieu:
			'Phiên bản của bộ dữ liệu: ngày công bố hoặc đính chính mới nhất, kèm mã băm nội dung.',
		dinh_chinh: 'Địa chỉ danh sách đính chính của kỳ.',
		chi_tieu: 'Mã chỉ tiêu: hang, diem_dti, <mã trụ cột hoặc chỉ số chính>_diem, _hang.',
		ten_chi_tieu: 'Tên chỉ tiêu.',
		gia_tri: 'Giá trị của chỉ tiêu; trống khi trạng thái khác value.',
	},
	statuses: {
		value: 'có giá trị',
		not_published: 'không công bố',
		not_in_record: 'chưa có trong dữ liệu',
		not_comparable: 'không so sánh được',
		not_assessed: 'không được đánh giá',
	} satisfies Record<Status, string>,
	statusesLong: {
		value: 'Ô giá trị có số liệu đã công bố (hoặc tính từ số liệu đã công bố).',
		not_published:
			'Cơ quan công bố không đưa ra giá trị này: kỳ không công bố kết quả của cấp này, hoặc phần bảng mà kỳ đó không công bố (điểm trụ cột năm 2024; bảng 63 tỉnh năm 2024 chỉ có điểm tổng hợp).',
		not_in_record:
			'Giá trị thuộc kết quả đã công bố nhưng chưa tìm thấy trong các nguồn đã lưu, kể cả khi bộ dữ liệu chưa có dòng của đơn vị.',
		not_comparable:
			'Không tính được thay đổi: kỳ đầu tiên, đơn vị chưa thành lập ở kỳ trước, hai kỳ xếp hạng trên hai tập đơn vị khác nhau (63 và 34) hoặc hai nhóm khác nhau.',
		not_assessed: 'Kỳ công bố nêu rõ đơn vị không được đánh giá.',
	} satisfies Record<Status, string>,
	download: 'Tải số liệu',
	downloadTable: (title: string) => `Tải số liệu ${title}`,
	csv: 'CSV',
	xlsx: 'Excel (XLSX)',
	json: 'JSON',
	chartCsv: 'Số liệu biểu đồ (CSV)',
	aboutFiles: 'Giải thích các cột, giấy phép và cách trích dẫn',
	sheetData: 'Dữ liệu',
	sheetAbout: 'Thông tin',
	sheetStatuses: 'Trạng thái',
	aboutRows: {
		title: 'Bảng',
		edition: 'Kỳ',
		published: 'Công bố ngày',
		publisher: 'Cơ quan công bố',
		dataVersion: 'Phiên bản dữ liệu',
		errata: 'Đính chính',
		licence: 'Giấy phép',
		citation: 'Trích dẫn',
		sources: 'Nguồn của kỳ công bố',
		page: 'Trang web',
		note: 'Ghi chú',
	},
	gapsNote: 'Ô giá trị để trống luôn đi kèm cột trạng thái cho biết lý do; ô trống không phải điểm 0.',
	longTitle: 'Tất cả các kỳ và các cấp (định dạng dài)',
	longLink: 'Tất cả các kỳ và các cấp (định dạng dài), CSV',
	longDescription:
		'Mỗi dòng là một chỉ tiêu (hạng, điểm DTI, điểm và hạng từng trụ cột, chỉ số chính) của một đơn vị trong một bảng của một kỳ.',
	packageTitle: 'Chỉ số chuyển đổi số (DTI) của Việt Nam: kết quả cấp tỉnh, cấp bộ đã công bố',
	packageDescription:
		'Kết quả Chỉ số đánh giá mức độ chuyển đổi số (DTI) cấp tỉnh và cấp bộ do Bộ Thông tin và Truyền thông (2020–2023) và Bộ Khoa học và Công nghệ (2024) công bố, tổng hợp từ các nguồn chính thức và báo chí, mỗi dòng dẫn nguồn. Giá trị không có được ghi bằng trạng thái, không bao giờ bằng số 0.',
	/** Words of the citation (src/lib/downloads/meta.ts). */
	cite: {
		dataset: '[bộ dữ liệu]',
		version: 'phiên bản',
		sources: 'Số liệu gốc',
		licence: 'Giấy phép',
		language: 'vietnamese',
	},
};

export const dataPage = {
	title: 'Dữ liệu mở',
	nav: 'Dữ liệu mở',
	description:
		'Tải kết quả DTI cấp tỉnh, cấp bộ các kỳ 2020–2024 dưới dạng CSV, Excel và JSON; từ điển cột, giấy phép CC BY 4.0, cách trích dẫn và nhật ký đính chính.',
	lede: 'Mọi con số trên trang này đều tải được: mỗi bảng xếp hạng dưới dạng CSV (mở được bằng Excel), Excel (XLSX) và JSON, cùng một tệp CSV gộp tất cả các kỳ. Bạn được dùng lại tự do, kể cả cho mục đích thương mại, miễn là ghi nguồn.',
	whatTitle: 'Có những gì',
	tableCol: 'Bảng',
	rowsCol: 'Đơn vị có kết quả',
	filesCol: 'Tải về',
	allTitle: 'Tất cả trong một tệp',
	packageLink: 'Mô tả gói dữ liệu (datapackage.json, chuẩn Frictionless Data)',
	csvNote:
		'CSV mã hóa UTF-8 có BOM, dấu phẩy phân cách cột, dấu chấm thập phân (0.8002). Excel đặt theo kiểu số Việt Nam có thể đọc 0.8002 thành chữ: khi đó hãy dùng tệp Excel (XLSX), nơi điểm được lưu dưới dạng số và hiện theo thiết lập của máy.',
	versionTitle: 'Phiên bản dữ liệu',
	versionText: (v: string) =>
		`Phiên bản hiện tại: ${v}. Phần đầu là ngày công bố hoặc đính chính mới nhất; phần sau là mã băm của nội dung, đổi mỗi khi bất kỳ con số nào thay đổi. Mỗi tệp ghi phiên bản này trong cột phien_ban_du_lieu.`,
	statusTitle: 'Ô trống nghĩa là gì',
	statusIntro:
		'Mỗi cột giá trị có thể trống đi kèm một cột _trang_thai. Ô trống không bao giờ là điểm 0; cột trạng thái cho biết vì sao:',
	codeCol: 'Mã',
	labelCol: 'Ý nghĩa',
	dictTitle: 'Từ điển cột',
	dictCaption: 'Các cột của tệp từng bảng',
	keysCaption: 'Mã trụ cột và chỉ số chính',
	dictIntro:
		'Các tệp của từng bảng có một dòng cho mỗi đơn vị. Tên cột (hàng đầu của CSV và JSON) viết không dấu; tệp Excel dùng tiêu đề tiếng Việt.',
	nameCol: 'Tên cột',
	withStatus: '+ _trang_thai',
	titleCol: 'Tiêu đề (Excel)',
	typeCol: 'Kiểu',
	descCol: 'Ý nghĩa',
	types: { integer: 'số nguyên', number: 'số', string: 'chữ', boolean: 'đúng/sai' },
	measuresIntro:
		'Mỗi trụ cột và chỉ số chính của bộ chỉ số có hai cột, <mã>_diem và <mã>_hang, mỗi cột kèm _trang_thai:',
	keyCol: 'Mã',
	usedIn: 'Có trong các kỳ',
	longIntro: 'Tệp gộp (định dạng dài) có một dòng cho mỗi chỉ tiêu của một đơn vị trong một bảng:',
	licenceTitle: 'Giấy phép',
	licenceText:
		'Bộ dữ liệu tổng hợp (chọn lọc, chuẩn hóa tên đơn vị, dẫn nguồn từng dòng, trạng thái của ô trống) được phát hành theo giấy phép Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0): bạn được sao chép, phân phối, chỉnh sửa và dùng cho mọi mục đích, kể cả thương mại, với điều kiện ghi nguồn và cho biết nếu đã thay đổi. Bản thân các điểm số và thứ hạng là số liệu do cơ quan nhà nước công bố; hãy ghi cả cơ quan công bố.',
	licenceWhy:
		'Chọn CC BY 4.0 vì đây là giấy phép mở phổ biến nhất cho dữ liệu công, chỉ yêu cầu ghi nguồn và không buộc sản phẩm dùng lại phải theo cùng giấy phép, nên báo chí, nhà nghiên cứu và cơ quan nhà nước đều dùng được.',
	boundaries:
		'Ranh giới tỉnh dùng cho bản đồ không thuộc giấy phép trên: Open Development Mekong / Open Development Vietnam, “Địa phận tỉnh” (nguồn: Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam), CC BY-SA 4.0; bản đã đơn giản hóa phát hành lại theo CC BY-SA 4.0.',
	codeLicence: 'Mã nguồn của trang theo giấy phép MIT.',
	citeTitle: 'Cách trích dẫn',
	citeText: 'Văn bản',
	citeBibtex: 'BibTeX',
	citeCsl: 'CSL-JSON (Zotero, Mendeley)',
	changesTitle: 'Nhật ký thay đổi và đính chính',
	changesIntro:
		'Mỗi kỳ được đưa vào bộ dữ liệu sau ngày công bố; mọi đính chính của cơ quan công bố được ghi ở đây và trong trang của kỳ.',
	publishedEntry: (date: string) => `Công bố ngày ${date}.`,
	noErrata: 'Chưa có đính chính.',
	notPublishedTable: 'không công bố kết quả',
};

export const compare = {
	title: 'So sánh các đơn vị',
	nav: 'So sánh',
	description:
		'Đặt 2–4 tỉnh, thành phố hoặc bộ, ngành cạnh nhau: điểm DTI, thứ hạng, chỉ số chính và kết quả qua các kỳ.',
	lede: 'Chọn từ hai đến bốn đơn vị cùng cấp để xem điểm DTI, thứ hạng, các chỉ số chính và kết quả qua các kỳ cạnh nhau. Lựa chọn được ghi vào địa chỉ trang, nên có thể gửi liên kết cho người khác.',
	legend: 'Chọn đơn vị để so sánh',
	level: 'Cấp',
	unitSlot: (n: number) => `Đơn vị ${n}`,
	none: '(không chọn)',
	edition: 'Kỳ công bố',
	pick: 'Hãy chọn ít nhất hai đơn vị khác nhau.',
	comparing: (names: string) => `Đang so sánh: ${names}.`,
	current: 'Đang hoạt động',
	former: 'Đã sáp nhập, tổ chức lại',
	share: 'Liên kết để chia sẻ',
	resultsOf: (year: number | string) => `Kết quả DTI ${year}`,
	history: 'Qua các kỳ',
	measure: 'Chỉ tiêu',
	group: 'Nhóm',
	noJsTitle: 'So sánh không cần JavaScript',
	noJs: 'Trình duyệt của bạn không chạy JavaScript, nên công cụ so sánh không hoạt động. Bạn vẫn so sánh được: mở trang hồ sơ của từng đơn vị (mỗi trang có điểm, thứ hạng và chỉ số chính qua các kỳ) trong các thẻ trình duyệt cạnh nhau, hoặc xem bảng xếp hạng của một kỳ, nơi mọi đơn vị nằm trong cùng một bảng.',
	rankings: 'Bảng xếp hạng mới nhất',
	profiles: 'Hồ sơ các đơn vị',
	loadError: 'Không tải được số liệu so sánh.',
};
