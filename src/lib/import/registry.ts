/**
 * Builds the unit registry (`data/units/*.json`) from the registry CSVs: the 63 provinces of
 * 2008–June 2025, the 34 units of Resolution 202/2025/QH15 and the ministries with their
 * March 2025 successors. Pure: text in, objects out.
 */
import { slugify } from '../slug.ts';
import type { Ministry, Province } from '../data/schema.ts';
import { readCsv } from './csv.ts';

type Region = 'TDMNPB' | 'DBSH' | 'BTB_DHMT' | 'TN' | 'DNB' | 'DBSCL';

/**
 * Start of the 63-unit structure (Hà Tây merged into Hà Nội, Resolution 15/2008/QH12). Not a
 * unit's own first day: the registry states no founding date for the 63, so their `valid_from`
 * is null ("predates the DTI") rather than this date.
 */
export const SIXTY_THREE_FROM = '2008-08-01';
/** Last day of the 63 units and first day of the 34 (Resolution 202/2025/QH15). */
export const SIXTY_THREE_TO = '2025-06-30';
export const THIRTY_FOUR_FROM = '2025-07-01';

/** Ids that differ from the slug of the name: Thừa Thiên Huế has been Huế since 2025-01-01. */
const ID_OVERRIDES: Record<string, string> = { '46': 'hue' };
/** Extra printed forms not in the registry columns. */
const EXTRA_ALIASES: Record<string, string[]> = {
	'46': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TP. Huế', 'Huế'],
};
const FORMER_NAMES: Record<string, { name: string; until: string }[]> = {
	'46': [{ name: 'Thừa Thiên Huế', until: '2024-12-31' }],
};

/**
 * Informal names and abbreviations by GSO code (provinces) or registry code (ministries), for
 * search only (`search_terms`): common press abbreviations, never printed forms of DTI tables.
 */
const PROVINCE_SEARCH_TERMS: Record<string, string[]> = {
	'01': ['HN'],
	'46': ['TT-Huế', 'TTH'],
	'77': ['BR-VT', 'BRVT'],
	'79': ['Sài Gòn', 'TP.HCM', 'TPHCM', 'HCM', 'HCMC'],
};
const MINISTRY_SEARCH_TERMS: Record<string, string[]> = {
	mic: ['Bộ TT&TT', 'Bộ TTTT'],
	most: ['Bộ KH&CN', 'Bộ KHCN'],
	mpi: ['Bộ KH&ĐT', 'Bộ KHĐT'],
	moet: ['Bộ GD&ĐT', 'Bộ GDĐT'],
	molisa: ['Bộ LĐ-TB&XH', 'Bộ LĐTBXH'],
	mard: ['Bộ NN&PTNT', 'Bộ NNPTNT'],
	monre: ['Bộ TN&MT', 'Bộ TNMT'],
	mcst: ['Bộ VH-TT&DL', 'Bộ VHTTDL'],
	mot: ['Bộ GTVT'],
	mae: ['Bộ NN&MT'],
	memr: ['Bộ DT&TG'],
	sbv: ['NHNN'],
	vss: ['BHXH'],
	oog: ['VPCP'],
	vna: ['TTXVN'],
	vtv: ['VTV'],
	vov: ['VOV'],
};

function uniq(values: string[]): string[] {
	return [...new Set(values.filter(Boolean))];
}

/** Converts provinces-63.csv, provinces-34.csv and provinces-2025-merger.csv into registry rows. */
export function buildProvinces(csv63: string, csv34: string, csvMerger: string): Province[] {
	const old = readCsv(csv63).records.map((r) => r.values);
	const merged = readCsv(csv34).records.map((r) => r.values);
	const mapping = readCsv(csvMerger).records.map((r) => r.values);

	const oldId = (code: string, name: string) => ID_OVERRIDES[code] ?? slugify(name);
	const newByCode = new Map(merged.map((m) => [m.code, m]));
	const unchanged = new Set(merged.filter((m) => m.merged === 'no').map((m) => m.code));
	const newId = (code: string) => {
		const m = newByCode.get(code);
		if (!m) throw new Error(`provinces-34.csv: no unit with code ${code}`);
		return m.merged === 'no'
			? oldId(code, old.find((o) => o.code === code)!.name)
			: `${slugify(m.name)}-2025`;
	};

	const lower = (full: string) => full.charAt(0).toLowerCase() + full.slice(1);
	const joinVi = (names: string[]) =>
		names.length > 1 ? `${names.slice(0, -1).join(', ')} và ${names.at(-1)}` : (names[0] ?? '');
	const others = (code: string, newCode: string) =>
		mapping
			.filter((m) => m.new_code === newCode && m.old_code !== code)
			.map((m) => old.find((o) => o.code === m.old_code)!);
	const partnersEn = (code: string, newCode: string) =>
		others(code, newCode)
			.map((o) => o.name_en)
			.join(' and ');

	const out: Province[] = [];
	for (const o of old) {
		const map = mapping.find((m) => m.old_code === o.code);
		if (!map) throw new Error(`provinces-2025-merger.csv: no row for old code ${o.code}`);
		const keeps = unchanged.has(o.code) && map.new_code === o.code;
		const current = keeps ? newByCode.get(o.code)! : undefined;
		const formerNames = FORMER_NAMES[o.code] ?? [];
		out.push({
			id: oldId(o.code, o.name),
			code: o.code,
			name: current?.name ?? o.name,
			name_full: current?.name_full ?? o.name_full,
			name_en: current?.name_en ?? o.name_en,
			aliases: uniq([o.dti_name, o.name, o.name_full, ...(EXTRA_ALIASES[o.code] ?? [])]),
			former_names: formerNames,
			search_terms: PROVINCE_SEARCH_TERMS[o.code] ?? [],
			type: (current?.type ?? o.type) === 'thành phố trực thuộc TW' ? 'city' : 'province',
			region: o.region_code as Region,
			valid_from: null,
			valid_to: keeps ? null : SIXTY_THREE_TO,
			successors: keeps ? [] : [newId(map.new_code)],
			predecessors: [],
			...(keeps
				? {}
				: {
						// Wording of the list of Resolution 60-NQ/TW that Resolution 202/2025/QH15 enacted:
						// "Hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, lấy tên là tỉnh Tuyên Quang".
						succession_note: `Hợp nhất ${joinVi([o, ...others(o.code, map.new_code)].map((x) => lower(x.name_full)))}, lấy tên là ${lower(newByCode.get(map.new_code)!.name_full)}, từ ngày 01/07/2025.`,
						succession_note_en: `Merged with ${partnersEn(o.code, map.new_code)} into ${newByCode.get(map.new_code)!.name_en} from 1 July 2025.`,
						succession_basis: 'Nghị quyết 202/2025/QH15 (12/06/2025)',
					}),
			...(o.notes ? { note: o.notes } : {}),
		});
	}

	for (const m of merged.filter((x) => x.merged === 'yes')) {
		const preds = mapping
			.filter((x) => x.new_code === m.code)
			.map((x) => old.find((o) => o.code === x.old_code)!);
		const regions = uniq(preds.map((p) => p.region_code));
		const seat = preds.find((p) => p.code === m.code);
		out.push({
			id: newId(m.code),
			code: m.code,
			name: m.name,
			name_full: m.name_full,
			name_en: m.name_en,
			aliases: uniq([m.name, m.name_full, `${m.type === 'thành phố trực thuộc TW' ? 'TP. ' : ''}${m.name}`]),
			former_names: [],
			search_terms: PROVINCE_SEARCH_TERMS[m.code] ?? [],
			type: m.type === 'thành phố trực thuộc TW' ? 'city' : 'province',
			...(regions.length === 1 ? { region: regions[0] as Region } : {}),
			valid_from: THIRTY_FOUR_FROM,
			valid_to: null,
			successors: [],
			predecessors: preds.map((p) => oldId(p.code, p.name)),
			succession_note: `Hợp nhất ${joinVi(preds.map((p) => lower(p.name_full)))}, lấy tên là ${lower(m.name_full)}, từ ngày 01/07/2025.`,
			succession_note_en: `Formed on 1 July 2025 from ${preds.map((p) => p.name_en).join(', ')}.`,
			succession_basis: 'Nghị quyết 202/2025/QH15 (12/06/2025)',
			...(regions.length > 1
				? {
						note: `Các đơn vị hợp thành thuộc nhiều vùng (${regions.join(', ')}); không gán vùng. Mã ${m.code} là mã cũ của ${seat?.name ?? '—'}.`,
					}
				: {}),
		});
	}
	return out;
}

const AGENCY_TYPES: Record<string, Ministry['agency_type']> = {
	bộ: 'ministry',
	'cơ quan ngang bộ': 'ministry-level',
	'cơ quan thuộc Chính phủ': 'government-agency',
};

/** Day before an ISO date. */
function dayBefore(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}

/**
 * Converts ministries.csv into registry rows, adding successor bodies that are not rows of their
 * own. The research wording of its successor_relation and successor_basis columns stays in the
 * CSV; the rows carry the reader text of `reader` (data/ministries-reader.json), Vietnamese and English.
 */
export function buildMinistries(csv: string, reader: string): Ministry[] {
	const rows = readCsv(csv).records.map((r) => r.values);
	const texts = JSON.parse(reader) as Record<
		'successor_relation' | 'successor_basis',
		Record<string, { vi: string; en: string }>
	>;
	const readerText = (column: 'successor_relation' | 'successor_basis', row: Record<string, string>) => {
		const hit = texts[column]?.[row[column]];
		if (!hit)
			throw new Error(
				`data/ministries-reader.json: no reader text (vi, en) for ${column} "${row[column]}" (ministries.csv, row ${row.id})`,
			);
		return hit;
	};
	const note = (r: Record<string, string>) => {
		if (!r.successor_relation) return {};
		const { vi, en } = readerText('successor_relation', r);
		return { succession_note: vi, succession_note_en: en };
	};
	const basis = (r: Record<string, string>) => {
		if (!r.successor_basis) return {};
		const { vi, en } = readerText('successor_basis', r);
		return { succession_basis: vi, succession_basis_en: en };
	};
	const idOf = new Map(rows.map((r) => [r.id, slugify(r.name)]));
	const out = new Map<string, Ministry>();
	for (const r of rows) {
		const id = idOf.get(r.id)!;
		const agency = AGENCY_TYPES[r.agency_type];
		if (!agency) throw new Error(`ministries.csv: unknown agency_type "${r.agency_type}" for ${r.id}`);
		const changes = r.successor !== '' && r.successor !== r.id;
		const successorId = changes ? (idOf.get(r.successor) ?? slugify(r.successor_name)) : undefined;
		out.set(id, {
			id,
			code: r.id,
			name: r.name,
			name_full: r.name,
			name_en: r.name_en,
			aliases: [r.name],
			former_names: [],
			search_terms: MINISTRY_SEARCH_TERMS[r.id] ?? [],
			agency_type: agency,
			valid_from: null,
			valid_to: changes && r.successor_effective_date ? dayBefore(r.successor_effective_date) : null,
			successors: successorId ? [successorId] : [],
			predecessors: [],
			...note(r),
			...basis(r),
			...(r.notes ? { note: r.notes } : {}),
		});
		if (changes && successorId && !idOf.has(r.successor) && !out.has(successorId)) {
			out.set(successorId, {
				id: successorId,
				code: r.successor,
				name: r.successor_name,
				name_full: r.successor_name,
				name_en: r.successor_name_en,
				aliases: [r.successor_name],
				former_names: [],
				search_terms: MINISTRY_SEARCH_TERMS[r.successor] ?? [],
				agency_type: 'ministry',
				valid_from: r.successor_effective_date || null,
				valid_to: null,
				successors: [],
				predecessors: [],
				...basis(r),
			});
		}
	}
	for (const m of out.values()) {
		for (const s of m.successors) {
			const succ = out.get(s);
			if (!succ) throw new Error(`ministries.csv: successor "${s}" of ${m.id} is not in the registry`);
			succ.predecessors.push(m.id);
		}
	}
	return [...out.values()];
}
