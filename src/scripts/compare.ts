/**
 * <dti-compare>: the compare page. Reads the selection from the URL (?cap=tinh&dv=a,b&ky=2023),
 * loads the level's static JSON (/so-sanh/tinh.json), fills the labelled selects, and lays out
 * two tables (one edition side by side, every edition) from the JSON's ready-made text. Every
 * change rewrites the URL so it can be shared, and a live region says what is shown. Without
 * JavaScript the server-rendered explanation and links stay.
 */
import { formatSelection, MAX_UNITS, parseSelection, type Selection } from '../lib/compare/query.ts';
import type { CompareData } from '../lib/compare/model.ts';

type Strings = Record<
	| 'none'
	| 'pick'
	| 'comparing'
	| 'resultsOf'
	| 'history'
	| 'measure'
	| 'edition'
	| 'current'
	| 'former'
	| 'loadError'
	| 'share',
	string
>;

type Child = Node | string;
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
	el.append(...children);
	return el;
}

/** The marks of the four kinds of gap, with their words and meaning (from the page, per locale). */
type Gaps = Record<string, [label: string, meaning: string]>;

class Compare extends HTMLElement {
	private s!: Strings;
	private gaps!: Gaps;
	private sel!: Selection;
	private data?: CompareData;
	private form!: HTMLElement;

	connectedCallback(): void {
		this.s = JSON.parse(this.dataset.strings ?? '{}');
		this.gaps = JSON.parse(this.dataset.gaps ?? '{}');
		this.form = this.querySelector<HTMLElement>('[data-controls]')!;
		this.sel = parseSelection(location.search);
		this.querySelector<HTMLElement>('[data-nojs]')!.hidden = true;
		this.form.hidden = false;
		this.form.addEventListener('change', (e) => this.changed(e.target as HTMLSelectElement));
		void this.load();
	}

	private field(name: string): HTMLSelectElement[] {
		return [...this.form.querySelectorAll<HTMLSelectElement>(`select[name="${name}"]`)];
	}

	private async load(): Promise<void> {
		this.field('cap')[0].value = this.sel.level;
		try {
			const r = await fetch(this.dataset[this.sel.level === 'bo' ? 'srcBo' : 'srcTinh']!);
			this.data = (await r.json()) as CompareData;
		} catch {
			this.say(this.s.loadError);
			return;
		}
		const known = new Set(this.data.units.map((u) => u.id));
		this.sel.units = this.sel.units.filter((id) => known.has(id));
		this.fillUnits();
		this.render();
	}

	private fillUnits(): void {
		const units = this.data!.units;
		this.field('dv').forEach((select, i) => {
			const groups = [true, false].map((current) =>
				h(
					'optgroup',
					{ label: current ? this.s.current : this.s.former },
					...units.filter((u) => u.current === current).map((u) => h('option', { value: u.id }, u.name)),
				),
			);
			select.replaceChildren(
				h('option', { value: '' }, this.s.none),
				...groups.filter((g) => g.childElementCount),
			);
			select.value = this.sel.units[i] ?? '';
		});
	}

	private changed(target: HTMLSelectElement): void {
		if (target.name === 'cap') {
			this.sel = { level: target.value === 'bo' ? 'bo' : 'tinh', units: [] };
			this.write();
			void this.load();
			return;
		}
		if (target.name === 'ky') this.sel.year = Number(target.value);
		else
			this.sel.units = [
				...new Set(
					this.field('dv')
						.map((s) => s.value)
						.filter(Boolean),
				),
			].slice(0, MAX_UNITS);
		this.write();
		this.render();
	}

	private write(): void {
		history.replaceState(null, '', formatSelection(this.sel));
	}

	private say(text: string): void {
		this.querySelector('[data-live]')!.textContent = text;
	}

	private render(): void {
		const out = this.querySelector('[data-results]')!;
		const share = this.querySelector<HTMLElement>('[data-share]')!;
		const d = this.data!;
		const units = this.sel.units.map((id) => d.units.find((u) => u.id === id)!);
		if (units.length < 2) {
			out.replaceChildren();
			share.hidden = true;
			this.say(this.s.pick);
			return;
		}
		const withResult = (y: number) => units.some((u) => u.years[y] && 'c' in u.years[y]);
		const year =
			this.sel.year !== undefined && d.editions.some((e) => e.year === this.sel.year)
				? this.sel.year
				: ([...d.editions].reverse().find((e) => withResult(e.year))?.year ??
					d.editions[d.editions.length - 1].year);
		this.field('ky')[0].value = String(year);
		const ed = d.editions.find((e) => e.year === year)!;
		const head = (first: string) =>
			h(
				'thead',
				{},
				h(
					'tr',
					{},
					h('th', { scope: 'col' }, first),
					...units.map((u) => h('th', { scope: 'col', class: 'num' }, h('a', { href: u.href }, u.name))),
				),
			);
		// A gap mark is shown, its words are spoken; the legend under the table lists the marks used.
		const content = (c: string): Child =>
			this.gaps[c]
				? h(
						'span',
						{ class: 'na' },
						h('span', { 'aria-hidden': 'true' }, c),
						h('span', { class: 'visually-hidden' }, this.gaps[c][0]),
					)
				: c;
		const legend = (rows: [string, string[]][]) => {
			const used = Object.keys(this.gaps).filter((m) => rows.some(([, cells]) => cells.includes(m)));
			if (!used.length) return '';
			return h(
				'ul',
				{ class: 'small legend' },
				...used.map((m) =>
					h(
						'li',
						{},
						h('span', { class: 'legend-mark', 'aria-hidden': 'true' }, m),
						' ',
						h('strong', {}, this.gaps[m][0]),
						`: ${this.gaps[m][1]}`,
					),
				),
			);
		};
		const table = (id: string, title: string, first: string, rows: [string, string[]][]) =>
			h(
				'section',
				{ 'aria-labelledby': id },
				h('h2', { id }, title),
				h(
					'div',
					{ class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': id },
					h(
						'table',
						{ class: 'compare-table' },
						head(first),
						h(
							'tbody',
							{},
							...rows.map(([label, cells]) =>
								h(
									'tr',
									{},
									h('th', { scope: 'row' }, label),
									...cells.map((c) => h('td', { class: 'num' }, content(c))),
								),
							),
						),
					),
				),
				legend(rows),
			);
		const cell = (u: (typeof units)[number], y: number, i?: number) => {
			const v = u.years[y];
			if (!v) return '';
			if ('n' in v) return v.n;
			return i === undefined ? v.h : v.c[i];
		};
		const title = this.s.resultsOf.replace('{year}', String(year));
		// Rows where none of the chosen units has a value are left out.
		const hasValue = (u: (typeof units)[number], i: number) => {
			const v = u.years[year];
			return v !== undefined && 'c' in v && !this.gaps[v.c[i]];
		};
		const rows = ed.rows
			.map((label, i): [string, string[]] => [label, units.map((u) => cell(u, year, i))])
			.filter((_, i) => i < 2 || units.some((u) => hasValue(u, i)));
		out.replaceChildren(
			table('cmp-year', title, this.s.measure, rows),
			table(
				'cmp-history',
				this.s.history,
				this.s.edition,
				d.editions.map((e) => [e.label, units.map((u) => cell(u, e.year))]),
			),
		);
		share.hidden = false;
		const a = share.querySelector('a')!;
		a.href = location.href;
		a.textContent = location.href;
		this.say(`${this.s.comparing.replace('{names}', units.map((u) => u.name).join(', '))} ${title}.`);
	}
}

customElements.define('dti-compare', Compare);
