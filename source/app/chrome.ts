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
	return truncate([theme.strong(first), ...rest].join(separator), width, theme.glyphs.ellipsis);
}

/** Sections past the ninth have no number: only 1–9 go straight to a section. */
const numberedTabs = 9;

/**
The section tabs, "1 About   2 Experience   3 Education", the current one standing out, unless something
covers the page (the help): then none does. When they do not all fit, the current one by name and position,
"Experience 2/5", then as many of the tabs after it as fit.
*/
export function tabBar(
	titles: readonly string[],
	current: number,
	theme: Theme,
	width: number,
	covered = false,
): string {
	const gap = '   ';
	const label = (index: number): string => (index < numberedTabs ? `${index + 1} ${titles[index]!}` : titles[index]!);
	const stands = (index: number): boolean => index === current && !covered;
	const tab = (index: number): string => (stands(index) ? theme.selected(label(index)) : theme.muted(label(index)));
	const all = titles.map((_, index) => tab(index)).join(gap);
	if (displayWidth(all) <= width || titles.length === 0) {
		return truncate(all, width, theme.glyphs.ellipsis);
	}

	const at = Math.min(Math.max(0, current), titles.length - 1);
	const name = stands(at) ? theme.selected(titles[at]!) : theme.muted(titles[at]!);
	let line = `${name} ${theme.muted(`${at + 1}/${titles.length}`)}`;
	// The tabs after the current one, while they fit with an ellipsis after them for the rest.
	for (let index = at + 1; index < titles.length; index++) {
		const more = index < titles.length - 1 ? gap + theme.muted(theme.glyphs.ellipsis) : '';
		const longer = line + gap + tab(index);
		if (displayWidth(longer + more) > width) {
			line += gap + theme.muted(theme.glyphs.ellipsis);
			break;
		}

		line = longer;
	}

	return truncate(line, width, theme.glyphs.ellipsis);
}

/**
A rule across the frame with `parts` set into it from the left, "── Experience › Amazon ── ↑ 2 more ──────".
When they do not all fit, the first (the crumbs) is cut, or left out if too little of it would show.
*/
export function titledRule(parts: readonly string[], theme: Theme, width: number): string {
	const line = theme.glyphs.rule;
	const join = (texts: readonly string[]): string => texts.map(text => ` ${text} `).join(line.repeat(2));
	// Two rule characters before the parts, and at least one after them.
	const room = width - 3;
	let shown = parts.filter(Boolean);
	if (shown.length > 0 && displayWidth(join(shown)) > room) {
		const firstRoom = room - displayWidth(join(shown.slice(1))) - (shown.length > 1 ? 2 : 0) - 2;
		shown =
			firstRoom >= 8 ? [truncate(shown[0]!, firstRoom, theme.glyphs.ellipsis), ...shown.slice(1)] : shown.slice(1);
	}

	const text = join(shown);
	if (shown.length === 0 || displayWidth(text) > room) {
		return rule(theme, Math.max(0, width));
	}

	return theme.muted(line.repeat(2)) + text + theme.muted(line.repeat(width - 2 - displayWidth(text)));
}

export function rule(theme: Theme, width: number): string {
	return theme.muted(theme.glyphs.rule.repeat(width));
}

/** "Experience › Amazon Web Services › Sr Software Engineer": where the reader is, below the tabs. */
export function crumbText(crumbs: readonly string[], theme: Theme): string {
	const separator = theme.muted(` ${theme.glyphs.crumb} `);
	return crumbs
		.map((crumb, index) => (index === crumbs.length - 1 ? theme.strong(crumb) : theme.muted(crumb)))
		.join(separator);
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
Every key, from the key map and the search line's, as the help panel shows it; a long key list gets a line
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
