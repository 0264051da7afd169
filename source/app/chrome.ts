import type {Resume} from '../resume/model.js';
import type {Theme} from '../theme/theme.js';
import {displayWidth, hanging, padEnd, spread, truncate, wrap} from '../text/text.js';
import {hints, keyLabels, keymap, type Binding, type Hint} from './keymap.js';
import {searchKeymap} from './search-keys.js';

/** "Staff Software Engineer · Meta Platforms, Inc · Seattle, US", with the name first when there is one. */
export function headline(resume: Resume, theme: Theme, width: number): string {
	const current = resume.companies.find(company => company.span && !company.span.end);
	const [first = 'Résumé', ...rest] = [resume.name, resume.label, current?.name, resume.location].filter(Boolean);
	const separator = ` ${theme.glyphs.separator} `;
	return truncate([theme.accent(first), ...rest].join(separator), width, theme.glyphs.ellipsis);
}

/** Sections past the ninth have no number: only 1–9 go straight to a section. */
const numberedTabs = 9;

/**
The section tabs. When they do not all fit, as many whole tabs as fit around the current one, with an
ellipsis on each side that has more.
*/
export function tabBar(titles: readonly string[], current: number, theme: Theme, width: number): string {
	const gap = '   ';
	const tab = (index: number): string => {
		const text = index < numberedTabs ? `${index + 1} ${titles[index]!}` : titles[index]!;
		return index === current ? theme.selected(text) : theme.muted(text);
	};

	const window = (first: number, last: number): string =>
		[
			...(first > 0 ? [theme.muted(theme.glyphs.ellipsis)] : []),
			...titles.slice(first, last + 1).map((_, offset) => tab(first + offset)),
			...(last < titles.length - 1 ? [theme.muted(theme.glyphs.ellipsis)] : []),
		].join(gap);
	let first = Math.min(current, titles.length - 1);
	let last = first;
	// Grows the window a tab at a time, after the current tab first, then before it, while it fits.
	for (let grown = true; grown;) {
		grown = false;
		if (last < titles.length - 1 && displayWidth(window(first, last + 1)) <= width) {
			last++;
			grown = true;
		}

		if (first > 0 && displayWidth(window(first - 1, last)) <= width) {
			first--;
			grown = true;
		}
	}

	return truncate(window(first, last), width, theme.glyphs.ellipsis);
}

/** "Experience › Amazon Web Services › Sr Software Engineer, Amazon API Gateway" */
export function breadcrumb(crumbs: readonly string[], theme: Theme, width: number): string {
	const separator = theme.muted(` ${theme.glyphs.crumb} `);
	const styled = crumbs.map((crumb, index) => (index === crumbs.length - 1 ? theme.strong(crumb) : theme.muted(crumb)));
	return truncate(styled.join(separator), width, theme.glyphs.ellipsis);
}

export function rule(theme: Theme, width: number): string {
	return theme.muted(theme.glyphs.rule.repeat(width));
}

/**
The hints for the commands that do something here, with the position flush right. Hints that do not fit
are dropped, least important first.
*/
export function footer(
	{
		available,
		position,
		inHelp,
		hints: all = hints,
	}: {
		available: ReadonlySet<string>;
		position: string;
		inHelp: boolean;
		/** The hints of the mode the app is in; the key map's by default. */
		hints?: ReadonlyArray<Hint<string>>;
	},
	theme: Theme,
	width: number,
): string {
	let shown = all.filter(hint => hint.commands.some(command => available.has(command)));
	const render = (): string =>
		shown
			.map(
				hint => `${theme.key(hint.keys(theme.glyphs))} ${theme.muted(inHelp ? (hint.inHelp ?? hint.text) : hint.text)}`,
			)
			.join(theme.muted(` ${theme.glyphs.separator} `));
	const positionText = theme.muted(position);
	let line = spread(render(), positionText, width);
	while (line === undefined && shown.length > 1) {
		const mostDroppable = Math.max(...shown.map(hint => hint.drop));
		shown = shown.filter(hint => hint.drop !== mostDroppable);
		line = spread(render(), positionText, width);
	}

	return line ?? truncate(render(), width, theme.glyphs.ellipsis);
}

/**
Every key, from the key map and the search line's, as the help overlay shows it; a long key list gets a line
of its own.
*/
export function helpLines(theme: Theme, width: number): string[] {
	const bindings: ReadonlyArray<Binding<string>> = [...keymap, ...searchKeymap];
	const labels = new Map(bindings.map(binding => [binding, keyLabels(binding)]));
	const labelWidth = Math.min(
		Math.max(...[...labels.values()].map(label => displayWidth(label))) + 2,
		Math.floor(width * 0.45),
	);
	const entry = (binding: Binding<string>): string[] => {
		const label = labels.get(binding)!;
		return displayWidth(label) <= labelWidth - 2
			? hanging(theme.key(padEnd(label, labelWidth)), binding.description, width)
			: [theme.key(label), ...hanging(' '.repeat(labelWidth), binding.description, width)];
	};

	return [
		theme.heading('Keys'),
		'',
		...keymap.flatMap(binding => entry(binding)),
		'',
		theme.heading('While searching'),
		...wrap(theme.muted('What you type is the query: letters are text, not commands.'), width),
		'',
		...searchKeymap.flatMap(binding => entry(binding)),
		'',
		...wrap(theme.muted('Esc or ? closes this help.'), width),
	];
}
