/**
 * English strings of the open-data pages, key for key those of open-data.vi.ts (the files
 * under /en/du-lieu/ take their column titles, unit names and descriptions from here too).
 * src/lib/locales/en.ts includes them.
 */
import type {
	compare as compareVi,
	dataPage as dataPageVi,
	downloads as downloadsVi,
} from './open-data.vi.ts';

export const downloads = {
	scoreWord: 'score',
	rankWord: 'rank',
	statusWord: 'status',
	statusDescription: (title: string) => `Status of “${title}”: value, or why the value cell is empty.`,
	fields: {
		ky: 'DTI edition',
		bang: 'Table',
		cap: 'Level',
		ma_don_vi: 'Unit id',
		ten_don_vi: 'Unit name',
		ten_cong_bo: 'Name in the published table',
		vung: 'Region',
		nhom: 'Ministry group',
		hang: 'Rank',
		dong_hang: 'Tied',
		co_so_hang: 'Rank basis',
		so_don_vi_xep_hang: 'Units ranked',
		diem_dti: 'DTI score',
		thay_doi_hang: 'Rank change since the previous edition',
		thay_doi_diem: 'Score change since the previous edition',
		nguon: 'Sources',
		ghi_chu: 'Note',
		phien_ban_du_lieu: 'Data version',
		dinh_chinh: 'Errata',
		chi_tieu: 'Measure id',
		ten_chi_tieu: 'Measure',
		gia_tri: 'Value',
	},
	descriptions: {
		ky: 'Assessment year of the DTI edition (DTI 2022 was published in 2023).',
		bang: 'Table id within the edition: provinces, provinces-63, ministries.',
		cap: 'Level: provinces or ministries.',
		ma_don_vi: "Stable id of the unit in the site's registry (da-nang, da-nang-2025).",
		ten_don_vi: 'Name of the unit when the edition was published.',
		ten_cong_bo: 'The name exactly as the source printed it; empty when the unit has no result row.',
		vung: 'Socio-economic region code (General Statistics Office); empty for units spanning regions.',
		nhom: 'Ministry group: public-services or no-public-services.',
		hang: 'Rank in the table (and group); 1 is highest.',
		dong_hang: 'true when another unit of the same table and group has the same rank.',
		co_so_hang:
			'Where the rank comes from: published, position, listed_order, bottom_position_stated, rank_unknown, not_found.',
		so_don_vi_xep_hang: 'Units ranked in the table (or group), where the edition states it.',
		diem_dti: 'Total DTI score, scale 0–1, as published.',
		thay_doi_hang:
			'Places moved since the previous edition (positive = up); only across the same set of units.',
		thay_doi_diem: "This edition's score minus the previous one.",
		measure: (title: string) => `${title}, as published.`,
		nguon: 'Addresses of the sources of the row, separated by spaces; the Data sources page describes each.',
		ghi_chu:
			'Note on the row for readers (conflicting sources, rounding, why the unit was not assessed); in Vietnamese where no English version exists.',
		phien_ban_du_lieu: 'Version of the dataset: latest publication or correction date, then a content hash.',
		dinh_chinh: "Address of the edition's list of corrections.",
		chi_tieu: 'Measure id: hang, diem_dti, <pillar or main-index key>_diem, _hang.',
		ten_chi_tieu: 'Name of the measure.',
		gia_tri: 'Value of the measure; empty when the status is not value.',
	},
	statuses: {
		value: 'value',
		not_published: 'not published',
		not_in_record: 'not in the record',
		not_comparable: 'not comparable',
		not_assessed: 'not assessed',
	},
	statusesLong: {
		value: 'The cell holds a published value (or one computed from published values).',
		not_published:
			'The publisher gave no value: the edition published no results for the level, or not this part of the table (pillar values in 2024; the 2024 63-province table has totals only).',
		not_in_record:
			'Part of the published results, but not found in any stored source, including where the dataset has no row for the unit.',
		not_comparable:
			'No change can be computed: first edition, the unit did not exist in the previous one, or the two editions rank different sets of units (63 and 34) or groups.',
		not_assessed: 'The edition states the unit was not assessed.',
	},
	download: 'Download the data',
	downloadTable: (title: string) => `Download ${title}`,
	csv: 'CSV',
	xlsx: 'Excel (XLSX)',
	json: 'JSON',
	chartCsv: 'Chart data (CSV)',
	aboutFiles: 'Columns, licence and how to cite',
	sheetData: 'Data',
	sheetAbout: 'About',
	sheetStatuses: 'Statuses',
	aboutRows: {
		title: 'Table',
		edition: 'Edition',
		published: 'Published',
		publisher: 'Publisher',
		dataVersion: 'Data version',
		errata: 'Errata',
		licence: 'Licence',
		citation: 'Citation',
		sources: 'Sources of the edition',
		page: 'Web page',
		note: 'Note',
	},
	gapsNote: 'An empty value cell always has a status column giving the reason; it is never a zero.',
	longTitle: 'All editions and levels (long format)',
	longLink: 'All editions and levels (long format), CSV',
	longDescription:
		'One row per measure (rank, DTI score, score and rank of each pillar and main index) of a unit in a table of an edition.',
	packageTitle: "Viet Nam's Digital Transformation Index (DTI): published provincial and ministerial results",
	packageDescription:
		'Provincial and ministerial results of the Digital Transformation Index (DTI) published by the Ministry of Information and Communications (2020–2023) and the Ministry of Science and Technology (2024), gathered from official sources and the press, every row citing its sources. Missing values are recorded as statuses, never as zero.',
	cite: {
		dataset: '[dataset]',
		version: 'version',
		sources: 'Original figures',
		licence: 'Licence',
		language: 'english',
	},
} satisfies typeof downloadsVi;

export const dataPage = {
	title: 'Open data',
	nav: 'Open data',
	description:
		'Download the provincial and ministerial DTI results 2020–2024 as CSV, Excel and JSON; column dictionary, CC BY 4.0 licence, how to cite, and errata.',
	lede: 'Every number on this site can be downloaded: each ranking as CSV (opens in Excel), Excel (XLSX) and JSON, and one CSV of all editions. Reuse is free, commercial use included, as long as you credit the source.',
	whatTitle: "What's here",
	tableCol: 'Table',
	rowsCol: 'Units with results',
	filesCol: 'Download',
	allTitle: 'Everything in one file',
	packageLink: 'Data package description (datapackage.json, Frictionless Data standard)',
	csvNote:
		'CSV is UTF-8 with a byte-order mark, comma-separated, with a decimal point (0.8002). Excel set to Vietnamese number formats may read 0.8002 as text: then use the Excel (XLSX) file, where scores are stored as numbers and shown in your own settings.',
	versionTitle: 'Data version',
	versionText: (v: string) =>
		`Current version: ${v}. The first part is the latest publication or correction date; the second a hash of the content, which changes whenever any number changes. Every file carries it in the column phien_ban_du_lieu.`,
	statusTitle: 'What an empty cell means',
	statusIntro:
		'Every value column that can be empty has a _trang_thai column. An empty cell is never a zero; the status says why:',
	codeCol: 'Code',
	labelCol: 'Meaning',
	dictTitle: 'Column dictionary',
	dictCaption: 'Columns of the per-table files',
	keysCaption: 'Pillar and main-index keys',
	dictIntro:
		'The per-table files have one row per unit. Column names (the first row of CSV and JSON) are the same in both languages, unaccented Vietnamese abbreviations explained below; the Excel files use the English titles. The Vietnamese page offers the same files with Vietnamese titles and names.',
	nameCol: 'Column',
	withStatus: '+ _trang_thai',
	titleCol: 'Title (Excel)',
	typeCol: 'Type',
	descCol: 'Meaning',
	types: { integer: 'integer', number: 'number', string: 'text', boolean: 'true/false' },
	measuresIntro:
		'Each pillar and main index of a framework has two columns, <key>_diem and <key>_hang, each with its _trang_thai:',
	keyCol: 'Key',
	usedIn: 'In editions',
	longIntro: 'The combined file (long format) has one row per measure of a unit in a table:',
	licenceTitle: 'Licence',
	licenceText:
		'The compiled dataset (selection, normalised unit names, sources on every row, statuses of empty cells) is released under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): you may copy, distribute, adapt and use it for any purpose, commercial included, provided you credit the source and say if you changed it. The scores and ranks themselves are figures published by government bodies; credit the publisher too.',
	licenceWhy:
		'CC BY 4.0 was chosen as the most widely used open licence for public data: it asks only for attribution and does not bind derived work to the same licence, so newsrooms, researchers and government bodies can all use it.',
	boundaries:
		'The province boundaries of the maps are not under that licence: Open Development Mekong / Open Development Vietnam, “Địa phận tỉnh” (source: Department of Survey and Mapping, Viet Nam), CC BY-SA 4.0; the simplified version is redistributed under CC BY-SA 4.0.',
	codeLicence: "The site's source code is under the MIT licence.",
	citeTitle: 'How to cite',
	citeText: 'Text',
	citeBibtex: 'BibTeX',
	citeCsl: 'CSL-JSON (Zotero, Mendeley)',
	changesTitle: 'Change log and errata',
	changesIntro:
		"Each edition enters the dataset after its publication date; every correction by the publisher is listed here and on the edition's page.",
	publishedEntry: (date: string) => `Published ${date}.`,
	noErrata: 'No corrections yet.',
	notPublishedTable: 'no results published',
} satisfies typeof dataPageVi;

export const compare = {
	title: 'Compare units',
	nav: 'Compare',
	description:
		'Put 2–4 provinces or ministries side by side: DTI score, rank, main indices and results across editions.',
	lede: 'Choose two to four units of the same level to see their DTI scores, ranks, main indices and results across editions side by side. The choice is kept in the page address, so the link can be shared.',
	legend: 'Choose units to compare',
	level: 'Level',
	unitSlot: (n: number) => `Unit ${n}`,
	none: '(none)',
	edition: 'Edition',
	pick: 'Choose at least two different units.',
	comparing: (names: string) => `Comparing: ${names}.`,
	current: 'Current',
	former: 'Merged or reorganised',
	share: 'Link to share',
	resultsOf: (year: number | string) => `DTI ${year} results`,
	history: 'Across editions',
	measure: 'Measure',
	group: 'Group',
	noJsTitle: 'Comparing without JavaScript',
	noJs: "Your browser does not run JavaScript, so the comparison tool does not work. You can still compare: open each unit's profile page (score, rank and main indices across editions) in tabs side by side, or look at an edition's ranking, where every unit is in one table.",
	rankings: 'Latest rankings',
	profiles: 'Unit profiles',
	loadError: 'The comparison data could not be loaded.',
} satisfies typeof compareVi;
