/**
 * XLSX workbooks with exceljs: a data sheet with Vietnamese headers and numbers stored as
 * numbers (scores shown with four decimals in the reader's own decimal separator), a sheet of
 * status codes, and a sheet with the table, data version, errata, licence and citation.
 */
import ExcelJS from 'exceljs';
import { STATUSES, type DataRecord, type Field } from './records.ts';
import { t } from '../i18n.ts';

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
	info: WorkbookInfo,
): Promise<Uint8Array<ArrayBuffer>> {
	const s = t('vi').downloads;
	const wb = new ExcelJS.Workbook();
	wb.creator = t('vi').siteName;
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
		{ header: t('vi').dataPage.codeCol, key: 'code', width: 18 },
		{ header: t('vi').dataPage.labelCol, key: 'label', width: 26 },
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
	return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
