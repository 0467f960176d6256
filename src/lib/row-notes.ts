/**
 * Reader text for the notes of result rows. A row's `note` is the research note recorded with
 * the data (English, from data/raw); pages show the Vietnamese text `data/row-notes.json` gives
 * for it, or nothing where the note only concerns how the record was made (`vi: null`).
 */
import rowNotes from '../../data/row-notes.json' with { type: 'json' };
import { rowNotesSchema } from './data/schema.ts';

const table = new Map(rowNotesSchema.parse(rowNotes).map((n) => [n.note, n.vi]));

/** Row notes that have no entry in data/row-notes.json (for the data checks). */
export function notesWithoutReaderText(notes: Iterable<string>): string[] {
	return [...new Set(notes)].filter((n) => !table.has(n));
}

/**
 * The Vietnamese note to show for a row note, or undefined (no note, or none for readers).
 * A note missing from data/row-notes.json stops the build with the file to edit.
 */
export function readerNote(note: string | undefined): string | undefined {
	if (note === undefined) return undefined;
	if (!table.has(note))
		throw new Error(
			`data/row-notes.json: no entry for the row note "${note}"; add { "note": …, "vi": "<Vietnamese text or null>" }`,
		);
	return table.get(note) ?? undefined;
}
