/**
 * Reading downloads back the way a user's program would: CSV through csv-parse (BOM stripped,
 * header row as names), XLSX through exceljs (Vietnamese header row mapped back to field names),
 * each cell typed by its field. Used by the unit tests and the build tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Ajv } from 'ajv';
import type { Cell, DataRecord, Field } from '../../../src/lib/downloads/records.ts';

/** A CSV cell as the field's type: "" → null, "0.8" → 0.8, "true" → true. */
export function typed(field: Field, text: string): Cell {
	if (text === '') return field.type === 'string' ? '' : null;
	if (field.type === 'integer' || field.type === 'number') {
		const n = Number(text);
		if (!Number.isFinite(n) || (field.type === 'integer' && !Number.isInteger(n)))
			throw new Error(`field ${field.name}: "${text}" is not a ${field.type}`);
		return n;
	}
	if (field.type === 'boolean') {
		if (text !== 'true' && text !== 'false')
			throw new Error(`field ${field.name}: "${text}" is not a boolean`);
		return text === 'true';
	}
	return text;
}

/** Parses a CSV download: checks the BOM and the header, returns typed records. */
export function parseCsv(text: string | Buffer, fields: Field[]): DataRecord[] {
	const s = typeof text === 'string' ? text : text.toString('utf8');
	if (!s.startsWith('\uFEFF')) throw new Error('CSV does not start with a UTF-8 byte-order mark');
	const rows: string[][] = parse(s, { bom: true, relax_column_count: false });
	const [header, ...body] = rows;
	const names = fields.map((f) => f.name);
	if (JSON.stringify(header) !== JSON.stringify(names))
		throw new Error(`CSV header ${header.join(',')} is not ${names.join(',')}`);
	return body.map((cells) => Object.fromEntries(fields.map((f, i) => [f.name, typed(f, cells[i])])));
}

/** Reads the data sheet of an XLSX download back into records (headers are field titles). */
export async function parseXlsx(bytes: Uint8Array | Buffer, fields: Field[]): Promise<DataRecord[]> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	const sheet = wb.worksheets[0];
	const header = (sheet.getRow(1).values as unknown[]).slice(1);
	const titles = fields.map((f) => f.title);
	if (JSON.stringify(header) !== JSON.stringify(titles))
		throw new Error(`XLSX header ${header.join(' | ')} is not ${titles.join(' | ')}`);
	const out: DataRecord[] = [];
	for (let r = 2; r <= sheet.rowCount; r++) {
		const row = sheet.getRow(r);
		out.push(
			Object.fromEntries(
				fields.map((f, i) => {
					const v = row.getCell(i + 1).value;
					if (v === null || v === undefined || v === '') return [f.name, f.type === 'string' ? '' : null];
					if ((f.type === 'integer' || f.type === 'number') && typeof v !== 'number')
						throw new Error(`XLSX row ${r} field ${f.name}: ${JSON.stringify(v)} is not stored as a number`);
					if (f.type === 'boolean' && typeof v !== 'boolean')
						throw new Error(`XLSX row ${r} field ${f.name}: ${JSON.stringify(v)} is not stored as a boolean`);
					return [f.name, v as Cell];
				}),
			),
		);
	}
	return out;
}

/** Sheet names and the label → value rows of the information sheet. */
export async function xlsxInfo(
	bytes: Uint8Array | Buffer,
): Promise<{ sheets: string[]; about: Map<string, string> }> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	const about = new Map<string, string>();
	wb.worksheets[2]?.eachRow((row) => {
		const [k, v] = [row.getCell(1).value, row.getCell(2).value];
		if (typeof k === 'string' && k) about.set(k, String(v));
	});
	return { sheets: wb.worksheets.map((w) => w.name), about };
}

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/frictionless');
const loadSchema = (name: string) => {
	const schema = JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8'));
	// The profiles declare draft-04 but use no keyword whose meaning changed since; Ajv 8
	// validates them as draft-07 once the draft-04 meta-schema reference is dropped.
	delete schema.$schema;
	return schema;
};

/** Validators for the vendored Frictionless profiles (no network). */
export function frictionless(): {
	pkg: (d: unknown) => string[];
	tabular: (d: unknown) => string[];
} {
	const ajv = new Ajv({ strict: false, allErrors: true });
	ajv.addFormat('uri', (s: string) => URL.canParse(s));
	ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
	ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /T/.test(s));
	ajv.addFormat('textarea', true);
	const wrap = (v: ReturnType<typeof ajv.compile>) => (d: unknown) =>
		v(d) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
	return {
		pkg: wrap(ajv.compile(loadSchema('data-package.json'))),
		tabular: wrap(ajv.compile(loadSchema('tabular-data-resource.json'))),
	};
}
