import {rule} from '../app/chrome.js';
import type {PartialDate, Resume} from '../resume/model.js';
import type {Theme} from '../theme/theme.js';
import {identityLines} from '../screens/about.js';
import {buildSections} from '../screens/sections.js';
import type {ViewContext} from '../screens/types.js';
import {expandedItems} from '../app/list-layout.js';

type TextOptions = {theme: Theme; width: number; today: PartialDate};

/** The whole résumé as text at `width` columns: every section in the app's order, every item expanded. */
export function textOutput(resume: Resume, options: TextOptions): string {
	return [...textChunks(resume, options)].join('');
}

/**
The same text in pieces that end where a line does: who it is, then each section's items one at a time, so
that a résumé of 150,000 entries is written as it is laid out rather than held whole.
*/
export function* textChunks(resume: Resume, options: TextOptions): Generator<string> {
	const {theme, width} = options;
	const context: ViewContext = options;
	// Who it is and how to reach them head the page; About then says the rest of what it says in the app.
	const identity = identityLines(resume, context);
	let started = identity.length > 0;
	if (started) {
		yield identity.join('\n');
	}

	for (const section of buildSections(resume)) {
		let headed = false;
		for (const lines of expandedItems(section.printed ?? section.screen, context)) {
			if (lines.length > 0) {
				// A section's heading comes with its first item: a section with nothing to show has none.
				const heading = headed
					? ''
					: ['', theme.heading(section.title), rule(theme, Math.min(width, section.title.length)), '', ''].join('\n');
				yield (started ? '\n' : '') + heading + lines.join('\n');
				started = true;
				headed = true;
			}
		}
	}

	yield '\n';
}
