/**
 * English. Every key of the Vietnamese table (src/lib/locales/vi.ts), no more and no fewer:
 * `satisfies Messages` makes a missing or extra key a type error, and test/unit/i18n.test.ts
 * fails on it too. Nothing falls back to Vietnamese.
 */
import type { Messages } from '../i18n.ts';
import * as openData from './open-data.en.ts';
import * as profile from './profile.en.ts';

/** Month names ("October"), formatted once: a formatter made per date cost 0.6 s of a build. */
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const MONTHS = Array.from({ length: 12 }, (_, i) => monthName.format(new Date(Date.UTC(2000, i, 1))));

const charts = {
	...profile.charts,
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
	mapExtremes: (top, bottom) => `Highest: ${top}; lowest: ${bottom}.`,
	barsTitle: (table, top) => `${top ? `Top ${top} — ` : ''}${table}`,
	barsDesc: (n, missing, ties) =>
		`Horizontal bars, ${n} units in rank order; longer bars are higher scores (scale 0–1).` +
		(ties ? ` ${ties} group${ties === 1 ? '' : 's'} of tied ranks.` : '') +
		(missing ? ` ${missing} unit${missing === 1 ? ' has' : 's have'} no published score and show —.` : ''),
	barsAverage: (n, mean, published) =>
		`Dashed line: the mean DTI score of the ${n} units in the table, ${mean}, computed by this site from the published scores${published ? ` (published average: ${published})` : ''}.`,
	rankUp: 'moved up',
	rankDown: 'moved down',
	rankChangeColumn: 'Change',
	rankOf: (year) => `Rank, DTI ${year}`,
	rankChangeTitle: (previous, year, table) => `Rank change from DTI ${previous} to DTI ${year} — ${table}`,
	rankChangeDesc: (n, previous, year, up, down, same) =>
		`Dumbbell chart: ${n} units in DTI ${year} rank order (1 = highest); the hollow dot is the DTI ${previous} rank, the filled dot the DTI ${year} rank, the segment the change.` +
		(up ? ` Moved up most: ${up}.` : '') +
		(down ? ` Moved down most: ${down}.` : '') +
		(same ? ` ${same} unit${same === 1 ? '' : 's'} kept the same rank.` : ''),
	rankChangeMove: (name, from, to) => `${name} from ${from} to ${to}`,
	rankChangeTip: (name, rank, previousYear, previous, change) =>
		`${name}: rank ${rank} (${previousYear}: ${previous}), ${change}`,
	rankChangeGaps: (n, names) =>
		`${n} unit${n === 1 ? '' : 's'} not drawn, as one of the two ranks is missing: ${names}.`,
	rankChangeBasis: (n, year, basis) => `${n} DTI ${year} rank${n === 1 ? '' : 's'}: ${basis}.`,
	rankChangeFramework: (previous, year) =>
		`DTI ${year} uses a different framework from DTI ${previous}: rank comparisons across the two are indicative only.`,
	heatTitle: (table) => `Main-index scores by unit — ${table}`,
	heatDesc: (n, k, low, lowAt, high, highAt, from, to) =>
		`Heatmap: ${n} units (rows, in rank order) × ${k} main indices (columns, numbered as in the key below); darker is a higher score, on a colour scale from ${from} to ${to}. Lowest ${low} (${lowAt}); highest ${high} (${highAt}).`,
	heatCell: (unit, index) => `${unit}, ${index}`,
	heatCells: (n) => `${n} cells`,
	heatLegend: 'Main-index score',
	historyTitle: (name) => `${name}: DTI score and rank by edition`,
	historyDesc: (points) =>
		`Two line charts: DTI score (top) and rank (bottom). Lines break where the framework changed or no value was published. ${points}`,
	profileTitle: (name, year) => `${name}: DTI ${year} scores by index`,
	profileDesc: (name, leader) =>
		`Dot plot: ${name}'s scores (dots) against the average (rules)${leader ? ` and the leader ${leader} (diamonds)` : ''}.`,
	computedAverage: (n) => `Main-index averages are computed from the published scores of all ${n} units.`,
	distTitle: (table) => `Distribution of scores — ${table}`,
	distDesc: (n, name, text) =>
		`Each dot is a unit (${n} with a published score) along the DTI score.` +
		(name ? ` ${name} is highlighted: ${text}.` : ''),
	notShown: (n, why) => `${n} units are not drawn: ${why}.`,
	absentList: (why, names) => `Not drawn (${why}): ${names.join(', ')}.`,
	mapTitle: (table) => `Map of scores — ${table}`,
	mapDesc: (n, missing, why) =>
		`Map of ${n} provinces; darker is a higher score. ${missing ? `${missing} units without a score (${why}) are hatched. ` : ''}The Hoang Sa and Truong Sa islands are drawn in insets on the right.`,
	scatterTitle: (x, y, year) => `${x} and ${y}, DTI ${year}`,
	scatterDesc: (n) =>
		`Scatter of ${n} units; the dashed line is the overall trend, the units furthest from it are labelled.`,
	groupShort: {
		'public-services': 'with public services',
		'no-public-services': 'without public services',
	},
	trend: 'trend',
	tips: {
		bar: (name: string, score: string, rank: string) => `${name}: DTI score ${score}, rank ${rank}`,
		score: (name: string, score: string) => `${name}: DTI score ${score}`,
		pair: (name: string, x: string, xv: string, y: string, yv: string) =>
			`${name}: ${x} score ${xv}; ${y} score ${yv}`,
		historyScore: (name: string, year: number, score: string) => `${name}, DTI ${year}: score ${score}`,
		historyRank: (name: string, year: number, rank: string) => `${name}, DTI ${year}: rank ${rank}`,
		profile: (index: string, score: string, average: string, leader: string) =>
			`${index}: score ${score} · average ${average} · leader ${leader}`,
		unpublished: (year: number) => `DTI ${year}: not published`,
	},
} satisfies Messages['charts'];

export const en = {
	meta: { bcp47: 'en-GB', ogLocale: 'en_GB' },
	formats: {
		tied: (rank) => `${rank} (tied)`,
		rankChange: {
			unknown: 'no comparison available',
			same: 'same rank',
			up: (n) => `up ${n} place${n > 1 ? 's' : ''}`,
			down: (n) => `down ${n} place${n > 1 ? 's' : ''}`,
		},
		date: (year, month, day) => `${day} ${MONTHS[month - 1]} ${year}`,
		month: (year, month) => `${MONTHS[month - 1]} ${year}`,
		former: (name) => `${name} (former)`,
	},
	siteName: 'DTI — Digital Transformation Index',
	siteTagline:
		"Viet Nam's provincial, ministerial and national digital transformation results, edition by edition",
	skipToContent: 'Skip to main content',
	nav: {
		home: 'Home',
		editions: 'Editions',
		provinces: 'Provinces',
		ministries: 'Ministries',
		articles: 'Articles',
		methodology: 'Methodology',
		sources: 'Data sources',
	},
	home: {
		tables: (year: number, primary: string, others: string) =>
			`DTI ${year} published ${others ? 'two provincial rankings' : 'one provincial ranking'}: ${primary}${others ? ` (the main table, used on this page), and ${others}` : ''}.`,
		leadersOf: 'Leaders',
		picker: 'Go to a province or ministry',
		pickerHint: 'Each name leads to the unit’s profile across editions.',
		formerUnits: 'Units before 1 July 2025',
	},
	levels: { provinces: 'provincial', ministries: 'ministerial' },
	levelsTitle: { provinces: 'Provinces', ministries: 'Ministries' },
	groups: {
		'public-services': 'Ministries providing public services',
		'no-public-services': 'Ministries not providing public services',
	},
	edition: 'Edition',
	editionOf: (year: number) => `DTI ${year}`,
	brandMark: 'DTI',
	describe: {
		edition: (year, date) =>
			`DTI ${year}, the Digital Transformation Index published ${date}: national score, averages, provincial and ministerial rankings.`,
		ranking: (table, date) => `${table}: ranks, DTI scores, pillars and main indices, published ${date}.`,
		unitEdition: (name, year, score, rank) =>
			score === undefined
				? `${name} in DTI ${year}.`
				: `${name} in DTI ${year}: ${rank !== undefined ? `rank ${rank}, ` : ''}score ${score}.`,
		profile: (name, years) => `${name}: DTI ranks and scores by edition${years ? ` (${years})` : ''}.`,
		units: (n, level) =>
			`DTI profiles of ${n} ${level === 'provinces' ? 'provinces' : 'ministries'} by edition.`,
	},
	assessedYear: (year: number) => `Assessment of ${year}`,
	publishedOn: 'Published',
	publisher: 'Publisher',
	event: 'Event',
	theme: 'Theme',
	national: 'National DTI',
	average: 'Average',
	averageOf: {
		provinces: 'Provincial average',
		'public-services': 'Average, public-service ministries',
		'no-public-services': 'Average, other ministries',
	},
	gaps: {
		not_published: 'Not published',
		not_in_record: 'Not in our data',
		not_comparable: 'Not comparable',
		not_assessed: 'Not assessed',
	},
	gapsLong: {
		not_published: 'the publisher gave no value.',
		not_in_record: 'part of the published results, but not found in any stored source.',
		not_comparable:
			'no like-for-like value in the previous edition: the first edition, a new unit, two editions ranking different sets of units (63 and 34 provinces), two ministry groups, or (for scores) two editions using different frameworks.',
		not_assessed: 'the edition states that the unit was not assessed.',
	},
	notPublished: 'Not published',
	notInRecord: 'Not in our data',
	rankBasisNote: (basis: string, n: number, ranked: number) =>
		`Ranks of ${n} of ${ranked} units are ${basis}; the other ranks are stated by a source, except those with their own mark.`,
	unitsOnRecord: (assessed: number | undefined, onRecord: number) =>
		assessed === undefined || assessed === onRecord
			? `${onRecord} units`
			: `${assessed} units assessed, ${onRecord} in our record`,
	leader: 'Leader',
	top: 'Top',
	bottom: 'Bottom',
	rank: 'Rank',
	unit: 'Unit',
	province: 'Province',
	ministry: 'Ministry',
	total: 'DTI score',
	change: 'Change since the previous edition',
	changeShort: '± rank',
	totalChange: '± score',
	pillars: 'Pillars',
	indices: 'Main indices',
	score: 'Score',
	region: 'Region',
	allRegions: 'All regions',
	filterByName: 'Filter by name',
	filterPlaceholder: 'Type a name, e.g. Da Nang',
	sortHint: 'Select a column heading to sort.',
	shownTemplate: 'Showing {n} of {total}',
	tie: 'tied',
	rankOf: (rank: string, n?: number) => (n ? `Rank ${rank} of ${n}` : `Rank ${rank}`),
	strengths: (
		kind: 'pillars' | 'indices',
		strong: string,
		strongMany: boolean,
		strongRank: string,
		weak: string,
		weakMany: boolean,
		weakRank: string,
	) => {
		const what = (many: boolean) =>
			kind === 'pillars' ? (many ? 'pillars' : 'pillar') : many ? 'main indices' : 'main index';
		const place = (many: boolean, rank: string) => `${many ? 'tied at ' : ''}${rank}`;
		return `Strongest ${what(strongMany)}: ${strong} (${place(strongMany, strongRank)}); weakest: ${weak} (${place(weakMany, weakRank)}).`;
	},
	strengthsDerived: 'Ranks of each index are computed from the scores published for every unit of the table.',
	rankBasis: {
		published: 'rank stated by the source',
		position: 'row order of the official table',
		listed_order: 'order of a list in an article',
		bottom_position_stated: 'position from the bottom stated',
		rank_unknown: 'rank unknown',
		not_found: 'no source found',
	},
	diffAverage: 'Difference from the average',
	diffLeader: 'Difference from the leader',
	/** The leader's own card, in place of a gap of 0.0000. */
	leadsTable: 'Leads the table',
	leadsTableTied: 'Leads the table, tied',
	previousEdition: 'Previous edition',
	sources: 'Sources',
	sourcesOfEdition: 'Sources of this edition',
	missingInRecord: 'What the published record lacks',
	framework: 'Framework',
	components: 'component indicators',
	weight: 'Weight (points of 1,000)',
	overview: 'Overview',
	rankings: 'Rankings',
	allEditions: 'All editions',
	profile: 'Profile across editions',
	pageInEdition: (year: number) => `DTI ${year} results`,
	statuses: {
		assessed: 'Assessed',
		'not-assessed': 'Not assessed',
		'not-existing': 'Did not exist in this form',
		'not-published': 'Not published: this edition published no results for this level',
		'not-in-record': 'Not in our data: results were published, but this unit’s row was not found',
	},
	valuesMissing:
		'Assessed, but its rank and score are not in our data (published, not found in any stored source)',
	successor: 'Successor',
	predecessors: 'Formed from',
	formerNames: 'Former names',
	lineageNote: 'The results below belong to the units before the merger, not to the present unit.',
	unitCount: (n: number) => `${n} units`,
	publishedName: 'Name in the published table',
	otherTable: 'Other table of this edition',
	frameworkChanged:
		'The framework changed: scores of the two editions are not comparable; ranks among the same set of units still are.',
	differentGeography: 'The two editions rank different sets of units; ranks are not compared.',
	notFoundTitle: 'Page not found',
	notFoundText: 'The page does not exist or has moved. Try the links below.',
	footerData:
		'Figures gathered from official publications and the press; every number cites its source. A cell without a number says which of four cases it is: not published, not in our data, not comparable, not assessed (legend under each table); never a zero.',
	footerCode: 'Open source.',
	mapAttribution:
		'Province boundaries: Open Development Mekong / Open Development Vietnam, provincial boundaries dataset (source: Department of Survey, Mapping and Geographic Information of Viet Nam), CC BY-SA 4.0; simplified, re-coded with the General Statistics Office’s codes and (34-unit map) dissolved per Resolution 202/2025/QH15.',
	aboutUnit: 'About this unit',
	fullName: 'Full name',
	validity: 'In existence',
	validSince: (date: string) => `from ${date}`,
	validUntil: (date: string) => `until ${date}`,
	absence: {
		notYet: 'Not yet formed',
		provinces: 'Merged into a new unit',
		ministries: 'Reorganised',
	},
	code: 'Code',
	agencyTypes: {
		ministry: 'Ministry',
		'ministry-level': 'Ministry-level agency',
		'government-agency': 'Government agency',
	},
	unitTypes: { city: 'Centrally-run city', province: 'Province' },
	regions: {
		TDMNPB: 'Northern Midlands and Mountain Areas',
		DBSH: 'Red River Delta',
		BTB_DHMT: 'North Central and Central Coastal Areas',
		TN: 'Central Highlands',
		DNB: 'South East',
		DBSCL: 'Mekong River Delta',
	},
	regionNone: 'No region yet',
	regionNoneNote:
		'Its former provinces lie in several regions; no official document placing the new unit in a socio-economic region was found, so the site does not assign one.',
	regionBasis: 'Socio-economic region as grouped by the General Statistics Office.',
	regionBasisMerged:
		'Socio-economic region as grouped by the General Statistics Office, shared by all its former provinces.',
	regionsShort: {
		TDMNPB: 'Northern Mountains',
		DBSH: 'Red River Delta',
		BTB_DHMT: 'Central Coast',
		TN: 'Central Highlands',
		DNB: 'South East',
		DBSCL: 'Mekong Delta',
	},
	now: 'present',
	ministriesNotPublished: 'Not published: this edition published no ministerial results.',
	computedMean: (n) => `Mean of the ${n} published scores (computed on this site)`,
	lang: 'Language',
	languageNames: { vi: 'Vietnamese', en: 'English' },
	methodology: {
		frameworkHeading: (years, basis) => `DTI ${years}: ${basis}`,
		tableCaption: (group, years) => `${group} — DTI ${years}`,
		note: 'Note',
		totalFrom: 'Total score computed from',
		totalFromKinds: { pillars: 'the three pillars', indices: 'the main indices' },
		editions: 'Editions',
	},
	errata: 'Errata',
	usedFor: 'Used for',
	sourceKinds: {
		official: 'Official source',
		government: 'Government portal',
		press: 'Press',
		secondary: 'Copy or compilation',
	},
	sourceDirectory: {
		notesTitle: 'Notes on the data',
		notes: [
			'No stored copy of most dti.gov.vn ranking tables was found. The figures come from stored copies of the official site (the 2022 table and the 2021 table on the home page), from copies of the 2022–2024 tables extracted from dti.gov.vn by the author of the open-source project Tuan04-D/opendx (November 2025), and from the press and ministry and provincial portals.',
			'The copies were checked against the stored official page: the ranks and names of the 63 provinces in 2022 match exactly, and the scores of the top five are identical. They were also checked against provincial news reports.',
			'Many 2022–2024 ranks follow the row order of the official table; units with equal scores share a rank.',
			'Where two sources differ, the site keeps the official source or the majority of independent sources, with a note on the row. Values that could only be inferred ("up N places") were not entered.',
			'Nothing is interpolated or estimated: a cell without a number says it was not published, is not in our data (published but not found in any source), is not comparable or was not assessed.',
			"Detailed notes on how each source was read and checked (in English) are kept with the data in the site's source code, file data/raw/dti/SOURCES.md.",
		],
	},
	sourceKindsNote: {
		official: 'Rankings and documents of the body that publishes the DTI (dti.gov.vn).',
		government: 'News of ministries, departments and provincial portals reporting the results.',
		press: 'Newspaper reports of the results.',
		secondary: 'Copies, reposts or compilations made by others; used where no original was found.',
	},
	charts,
	downloads: openData.downloads,
	dataPage: openData.dataPage,
	compare: openData.compare,
	profilePage: profile.page,
	mapLink: 'Map of DTI scores by province',
	pillarRankNote: 'Numbers in brackets in pillar columns are pillar ranks.',
	derivedRankTitle: 'Computed from the published scores of the whole table',
	derivedRankNote:
		'Main-index rank computed from the published scores of the whole table (equal scores share a rank).',
	until: 'until',
	legalBasis: 'Legal basis',
	table: 'Table',
	mainNav: 'Main navigation',
	cityPrefix: 'City',
	menu: 'Menu',
	breadcrumb: 'Breadcrumb',
	unitGroups: {
		provincesCurrent: 'Provinces and cities from 1 July 2025 (34 units)',
		provincesFormer: 'Provinces merged on 1 July 2025',
		ministriesCurrent: 'Current',
		ministriesFormer: 'Merged or reorganised in 2025',
	},
	search: {
		label: 'Search provinces, ministries, articles',
		placeholder: 'Search provinces, ministries…',
		submit: 'Search',
		title: 'Search',
		lede: 'Type the name of a province, city, ministry or agency (with or without diacritics, former names or abbreviations such as “HCMC”), an edition or an article topic.',
		noScript: 'The search box needs JavaScript. Without it, find a unit in the lists:',
		loading: 'Loading the search index…',
		none: (q: string) => `No results for “${q}”.`,
		count: (n: number, q: string) => `${n} result${n === 1 ? '' : 's'} for “${q}”`,
		failed: 'The search index could not be loaded. Find a unit in the lists of provinces or ministries.',
		results: 'Search results',
	},
	card: {
		rankOf: (rank: number, n?: number) => `Rank ${rank}${n ? ` of ${n}` : ''}`,
		score: (score: string) => `Score ${score}`,
		units: (n: number) => `${n} units`,
		leader: (name: string) => `Leader: ${name}`,
		article: 'Article',
		imageAlt: (title: string) => `Sharing card: ${title}`,
	},
	print: {
		url: 'Page address',
	},
	narrative: {
		articles: 'Articles',
		articlesTitle: 'Articles and lessons learned',
		articlesLede:
			'Analysis of each edition and the lessons drawn at digital transformation conferences. Every figure in the texts comes straight from the site’s dataset.',
		filterBy: 'Filter articles',
		byEdition: 'By edition',
		byUnit: 'By unit',
		all: 'All',
		count: (n: number) => `${n} article${n === 1 ? '' : 's'}`,
		none: 'No articles yet.',
		minutes: (n: number) => `${n} min read`,
		published: 'Published',
		updated: 'Updated',
		translated: 'Translated',
		toc: 'In this article',
		sources: 'Sources',
		aboutEditions: 'Editions',
		aboutUnits: 'Units mentioned',
		related: 'Related articles',
		mentioning: (name: string) => `Articles mentioning ${name}`,
		unitSince: (name: string, year: string) => `${name} (since ${year})`,
		ofEdition: (year: number) => `Articles about DTI ${year}`,
		overviewOf: (year: number) => `DTI ${year} overview`,
		feed: 'RSS feed',
		feedTitle: 'Articles — DTI Digital Transformation Index',
		feedDescription:
			'Overviews of each DTI edition and lessons learned on digital transformation in Viet Nam.',
		readMore: 'Read',
		showAll: 'Show all',
		untranslated: 'This article has not been translated into English yet; the original is in Vietnamese.',
		readOriginal: 'Read the Vietnamese original',
		overviewUntranslated:
			'The overview of this edition has not been translated into English yet; the original is in Vietnamese.',
	},
} satisfies Messages;
