import {formatDate} from '../resume/dates.js';
import {employerKey} from '../resume/build-work.js';
import {latestRole} from '../resume/latest-role.js';
import type {Company, Resume, Role} from '../resume/model.js';
import {displayWidth, padEnd, truncate} from '../text/text.js';
import type {Theme} from '../theme/theme.js';
import {joinParts, wrapParts} from '../screens/format.js';
import type {ViewContext} from '../screens/types.js';

/** A banner is a card, not a page: wider terminals leave the rest of the line empty. */
const maximumWidth = 80;

/** From this width a fact may take two lines; narrower, one, so the card stays within 12 rows. */
const twoLineFactsWidth = 60;

const labelWidth = 8;

/**
A compact card of about ten lines for a login banner or /etc/motd: the headline, the current (or latest)
role and employer, earlier employers, education, the paper, how to get in touch, and how to explore the
rest. It never shows a street address: a banner is shown to everyone who logs in.
*/
export function bannerOutput(resume: Resume, options: ViewContext & {readonly command: string}): string {
	const {theme, command} = options;
	const width = Math.min(options.width, maximumWidth);
	const inner = width - 4;
	const context = {...options, width: inner};
	const cut = (text: string, room = inner) => truncate(text, room, theme.glyphs.ellipsis);
	const latest = latestRole(resume.companies);
	const earlier = [...new Set(resume.companies.map(company => company.name))].filter(
		name => !latest || employerKey(name) !== employerKey(latest.company.name),
	);
	const email = resume.contacts.find(contact => contact.label === 'E-mail');
	const website = resume.contacts.find(
		contact => contact.url && contact.label !== 'E-mail' && contact.label !== 'Picture',
	);
	const [degree] = resume.education;
	const [paper] = resume.publications;
	const factContext = {...context, width: inner - labelWidth};
	const factLines = width >= twoLineFactsWidth ? 2 : 1;
	const fact = (label: string, parts: ReadonlyArray<string | undefined>) => {
		// A part and its separator take a column at least: past this many, parts would be wrapped only to be
		// cut off (150,000 employers before), and the lines shown, ellipsis included, are the same without them.
		const lines = wrapParts(parts.slice(0, (factLines + 2) * inner), factContext);
		const shown =
			lines.length > factLines
				? [...lines.slice(0, factLines - 1), cut(lines.slice(factLines - 1).join(' '), inner - labelWidth)]
				: lines;
		return shown.map(
			(line, index) => (index === 0 ? theme.strong(padEnd(label, labelWidth)) : ' '.repeat(labelWidth)) + line,
		);
	};

	const title = joinParts([resume.name, resume.label ?? latest?.role.title], context) || 'Résumé';
	const body = [
		theme.accent(cut(title)),
		...(latest ? [theme.muted(fitParts(describeLatest(latest), context))] : []),
		'',
		...(earlier.length > 0 ? fact('Before', earlier) : []),
		...(degree ? fact('Study', [degree.degree, degree.institution]) : []),
		...(paper ? fact('Paper', [paper.name, paper.date ? String(paper.date.year) : paper.dateAsWritten]) : []),
		...((email ?? website) ? fact('Contact', [email?.text, website?.url]) : []),
		'',
		explore(command, theme, inner),
	].filter((line, index, lines) => line !== '' || lines[index - 1] !== '');
	return frame(body, width, theme).join('\n') + '\n';
}

/** "❯ npx terminal-resume for the full résumé", or just the command when the card is narrow. */
function explore(command: string, theme: Theme, width: number): string {
	const pointer = `${theme.accent(theme.glyphs.cursor)} ${theme.strong(command)}`;
	const sentence = `${pointer} ${theme.muted('for the full résumé')}`;
	return displayWidth(sentence) <= width ? sentence : truncate(pointer, width, theme.glyphs.ellipsis);
}

/** "Meta Platforms, Inc", "Seattle, US", "since Oct 2021" (or "until Sep 2021" for a past job): of the role. */
function describeLatest({company, role}: {company: Company; role: Role}): Array<string | undefined> {
	const {span} = role;
	const when = span && (span.end ? `until ${formatDate(span.end)}` : `since ${formatDate(span.start)}`);
	return [company.name, role.location ?? company.location, when];
}

/** As many of the parts as fit on one line, from the first; the first is cut to fit if it must. */
function fitParts(parts: ReadonlyArray<string | undefined>, context: ViewContext): string {
	const present = parts.filter(part => part !== undefined && part !== '');
	for (let count = present.length; count > 1; count--) {
		const line = joinParts(present.slice(0, count), context);
		if (displayWidth(line) <= context.width) {
			return line;
		}
	}

	return truncate(present[0] ?? '', context.width, context.theme.glyphs.ellipsis);
}

/** Draws a box of `width` columns around the lines. */
function frame(lines: readonly string[], width: number, theme: Theme): string[] {
	const {box} = theme.glyphs;
	const inner = width - 4;
	const edge = (text: string) => theme.muted(text);
	return [
		edge(box.topLeft + box.top.repeat(width - 2) + box.topRight),
		...lines.map(line => `${edge(box.left)} ${padEnd(line, inner, theme.glyphs.ellipsis)} ${edge(box.right)}`),
		edge(box.bottomLeft + box.bottom.repeat(width - 2) + box.bottomRight),
	];
}
