/**
 * <dti-ranking-table>: sorting by any column and filtering by name and region for the
 * server-rendered ranking tables. Without JavaScript the full tables stay as they are.
 * Sort buttons are real <button>s in the column headers, state is kept in aria-sort. The first
 * click puts the best first: highest score or change first, except where the header says
 * `data-sort-first="ascending"` (the rank: 1 first) or the column is text (A to Z).
 */
// The build writes data-name with the same key (RankingTable.astro), so typed and stored names match.
import { nameKey } from '../lib/slug.ts';

const collator = new Intl.Collator('vi');

class RankingTable extends HTMLElement {
	connectedCallback(): void {
		const controls = this.querySelector<HTMLElement>('[data-controls]');
		if (controls) controls.hidden = false;
		for (const table of this.querySelectorAll<HTMLTableElement>('table[data-ranking]'))
			this.enhanceSort(table);
		this.querySelector<HTMLInputElement>('[data-filter-name]')?.addEventListener('input', () =>
			this.filter(),
		);
		this.querySelector<HTMLSelectElement>('[data-filter-region]')?.addEventListener('change', () =>
			this.filter(),
		);
		this.filter();
	}

	private enhanceSort(table: HTMLTableElement): void {
		const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
		headers.forEach((th, col) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'sort';
			button.append(...th.childNodes);
			th.append(button);
			th.setAttribute('aria-sort', col === 0 ? 'ascending' : 'none');
			const first = th.dataset.sortFirst ?? (th.dataset.sort === 'num' ? 'descending' : 'ascending');
			button.addEventListener('click', () => {
				const current = th.getAttribute('aria-sort');
				const next = current === 'none' ? first : current === 'ascending' ? 'descending' : 'ascending';
				for (const h of headers) h.setAttribute('aria-sort', 'none');
				th.setAttribute('aria-sort', next);
				this.sortBy(table, col, th.dataset.sort === 'num', next === 'ascending');
			});
		});
	}

	private sortBy(table: HTMLTableElement, col: number, numeric: boolean, ascending: boolean): void {
		const body = table.tBodies[0];
		const rows = [...body.rows].filter((r) => r.dataset.name !== undefined);
		const key = (r: HTMLTableRowElement) => r.cells[col]?.dataset.value ?? '';
		rows.sort((a, b) => {
			const ka = key(a);
			const kb = key(b);
			if (ka === '' || kb === '') return ka === kb ? 0 : ka === '' ? 1 : -1; // missing values last
			const c = numeric ? Number(ka) - Number(kb) : collator.compare(ka, kb);
			return ascending ? c : -c;
		});
		body.append(...rows);
	}

	private filter(): void {
		const q = nameKey(this.querySelector<HTMLInputElement>('[data-filter-name]')?.value ?? '');
		const region = this.querySelector<HTMLSelectElement>('[data-filter-region]')?.value ?? '';
		let shown = 0;
		let total = 0;
		for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-name]')) {
			total++;
			const ok = (!q || (row.dataset.name ?? '').includes(q)) && (!region || row.dataset.region === region);
			row.hidden = !ok;
			if (ok) shown++;
		}
		const count = this.querySelector<HTMLElement>('[data-count]');
		if (count)
			count.textContent = (this.dataset.countTemplate ?? '{n}/{total}')
				.replace('{n}', String(shown))
				.replace('{total}', String(total));
	}
}

if (!customElements.get('dti-ranking-table')) customElements.define('dti-ranking-table', RankingTable);
