/**
 * XLSX workbooks with exceljs: a data sheet with headers in the file's language and numbers stored as
 * numbers (scores shown with four decimals in the reader's own decimal separator), a sheet of
 * status codes, and a sheet with the table, data version, errata, licence and citation.
 */
import { STATUSES, type DataRecord, type Field } from './records.ts';
import { t } from '../i18n.ts';
import type { Locale } from '../format.ts';

export interface WorkbookInfo {
	/** Label → text rows of the information sheet. */
	about: [string, string][];
	/** Fixed creation date (the data version's date), so the same data gives the same workbook. */
	created: Date;
}

/** The workbook as bytes. */
export async function toXlsx(
	fields: Field[],
	records: DataRecord[],
	locale: Locale,
	info: WorkbookInfo,
): Promise<Uint8Array<ArrayBuffer>> {
	// Loaded when a workbook is made (~0.3 s), not by every page that imports the catalogue.
	const { default: ExcelJS } = await import('exceljs');
	const s = t(locale).downloads;
	const wb = new ExcelJS.Workbook();
	wb.creator = t(locale).siteName;
	wb.created = info.created;
	wb.modified = info.created;
	const sheet = wb.addWorksheet(s.sheetData, { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = fields.map((f) => ({
		header: f.title,
		key: f.name,
		width: Math.min(40, Math.max(10, f.title.length + 2)),
		style: f.type === 'number' ? { numFmt: '0.0000' } : {},
	}));
	sheet.getRow(1).font = { bold: true };
	for (const r of records) sheet.addRow(fields.map((f) => r[f.name] ?? null));
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fields.length } };

	const st = wb.addWorksheet(s.sheetStatuses);
	st.columns = [
		{ header: t(locale).dataPage.codeCol, key: 'code', width: 18 },
		{ header: t(locale).dataPage.labelCol, key: 'label', width: 26 },
		{ header: '', key: 'long', width: 100 },
	];
	st.getRow(1).font = { bold: true };
	for (const code of STATUSES) st.addRow([code, s.statuses[code], s.statusesLong[code]]);

	const about = wb.addWorksheet(s.sheetAbout);
	about.columns = [
		{ key: 'k', width: 24 },
		{ key: 'v', width: 100 },
	];
	for (const row of info.about) about.addRow(row);
	about.getColumn(1).font = { bold: true };
	return pinZipDates(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), info.created);
}

/**
 * Sets the modification time of every entry of a zip (an XLSX file) to `date` (UTC, to the two
 * seconds of the DOS format), in the local headers and the central directory. exceljs's zip
 * stamps entries with the clock, so without this the same data gave different bytes each build.
 */
export function pinZipDates(zip: Uint8Array<ArrayBuffer>, date: Date): Uint8Array<ArrayBuffer> {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
	const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
	for (let at = 0; at + 46 <= zip.byteLength;) {
		const sig = view.getUint32(at, true);
		if (sig === 0x04034b50) {
			// Local file header: time at 10, date at 12; then name, extra field and the data.
			view.setUint16(at + 10, time, true);
			view.setUint16(at + 12, day, true);
			const flags = view.getUint16(at + 6, true);
			if (flags & 0x08) throw new Error('pinZipDates: entries with data descriptors are not supported');
			at +=
				30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
		} else if (sig === 0x02014b50) {
			// Central directory entry: time at 12, date at 14.
			view.setUint16(at + 12, time, true);
			view.setUint16(at + 14, day, true);
			at +=
				46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		} else break;
	}
	return zip;
}
