import {rule} from '../app/chrome.js';
import type {PartialDate, Resume} from '../resume/model.js';
import type {Theme} from '../theme/theme.js';
import {identityLines} from '../screens/about.js';
import {buildSections} from '../screens/sections.js';
import type {ViewContext} from '../screens/types.js';
import {layoutExpanded} from '../app/list-layout.js';

/** The whole résumé as text at `width` columns: every section in the app's order, every item expanded. */
export function textOutput(resume: Resume, options: {theme: Theme; width: number; today: PartialDate}): string {
	const {theme, width} = options;
	const context: ViewContext = options;
	// Who it is and how to reach them head the page; About then says the rest of what it says in the app.
	const lines = identityLines(resume, context);
	for (const section of buildSections(resume)) {
		// Joined, not spread into push(): a section of 150,000 lines overflows the call stack as arguments.
		const body = layoutExpanded(section.printed ?? section.screen, context);
		if (body.length > 0) {
			lines.push(
				['', theme.heading(section.title), rule(theme, Math.min(width, section.title.length)), ''].join('\n'),
				body.join('\n'),
			);
		}
	}

	return lines.join('\n') + '\n';
}
