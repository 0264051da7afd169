import {rule} from '../app/chrome.js';
import type {PartialDate, Resume} from '../resume/model.js';
import type {Theme} from '../theme/theme.js';
import {identityLines} from '../screens/about.js';
import {buildSections} from '../screens/sections.js';
import type {Screen, ViewContext} from '../screens/types.js';

/** The whole résumé as text at `width` columns: every section in the app's order, every item expanded. */
export function printText(resume: Resume, options: {theme: Theme; width: number; today: PartialDate}): string {
	const {theme, width} = options;
	const context: ViewContext = options;
	// Who it is and how to reach them head the page; About then says the rest of what it says in the app.
	const lines = identityLines(resume, context);
	for (const section of buildSections(resume)) {
		const body = printScreen(section.printed ?? section.screen, context);
		if (body.length > 0) {
			lines.push('', theme.heading(section.title), rule(theme, Math.min(width, section.title.length)), '', ...body);
		}
	}

	return lines.join('\n') + '\n';
}

/** A screen with everything behind it: each item, then what opening it would show, indented. */
function printScreen(screen: Screen, context: ViewContext): string[] {
	if (screen.kind === 'page') {
		return screen.lines(context);
	}

	const {theme} = context;
	const marker = screen.marker === 'bullet' ? `${theme.muted(theme.glyphs.bullet)} ` : '';
	const nested = {...context, width: context.width - 2};
	return screen.items.flatMap((item, index) => {
		const expanded = Boolean(item.children);
		const body = item.render({...context, width: context.width - (marker ? 2 : 0)}, {selected: false, expanded});
		const lines = body.map((line, row) => (row === 0 ? marker : ' '.repeat(marker ? 2 : 0)) + line);
		const children = item.children ? printScreen(item.children, nested).map(line => (line ? `  ${line}` : line)) : [];
		const gap = index < screen.items.length - 1 ? [''] : [];
		return [...lines, ...(children.length > 0 ? ['', ...children] : []), ...gap];
	});
}
