import {describeStints} from '../resume/dates.js';
import type {Company, Role} from '../resume/model.js';
import {wrap} from '../text/text.js';
import {count, spanWithTenure, titleWithNote, wrapParts} from './format.js';
import {highlightItem} from './highlights.js';
import {keepTogether} from './impact.js';
import {linkLines} from './links.js';
import type {ListItem, Screen, ViewContext} from './types.js';

/** Companies → roles → achievements. A company with one role opens straight onto its achievements. */
export function experienceScreen(companies: readonly Company[]): Screen {
	return {kind: 'list', marker: 'none', items: companies.map(company => companyItem(company))};
}

function companyItem(company: Company): ListItem {
	const [onlyRole] = company.roles.length === 1 ? company.roles : [];
	return {
		crumb: company.name,
		search: {title: company.name, text: [...company.descriptions, company.location]},
		render(context, {selected, expanded}) {
			const {theme} = context;
			const name = selected ? theme.selected(company.name) : theme.strong(company.name);
			// An entry without a position is named after its employer, which the line above says already.
			const details = onlyRole
				? [onlyRole.title === company.name ? undefined : onlyRole.title, company.location]
				: [expanded ? undefined : count(company.roles.length, 'role'), company.location];
			return [
				...titleWithNote(name, companyDates(company, context), context),
				...wrapParts(details, context, theme.muted),
				...wrapParts(company.descriptions, context, theme.muted),
				...company.urls.flatMap(url => linkLines({url}, context)),
				...(expanded && onlyRole ? summaryLines(onlyRole, context) : []),
			];
		},
		children: onlyRole
			? achievementsScreen(company, onlyRole)
			: {kind: 'list', marker: 'none', items: company.roles.map(role => roleItem(company, role))},
		links: company.urls.map(url => ({url})),
	};
}

/**
Each stint at the company and the time of them all, a line breaking only between them; a lone role's dates
as written when they cannot be read.
*/
function companyDates(company: Company, context: ViewContext): string | undefined {
	const {today, theme} = context;
	const [onlyRole] = company.roles.length === 1 ? company.roles : [];
	const parts = describeStints(company.stints, today, theme.glyphs);
	return parts.length > 0 ? parts.map(part => keepTogether(part)).join(' ') : onlyRole?.datesAsWritten;
}

function roleItem(company: Company, role: Role): ListItem {
	return {
		crumb: role.title,
		search: {title: role.title, text: [role.summary, role.location]},
		render(context, {selected, expanded}) {
			const {theme} = context;
			const title = selected ? theme.selected(role.title) : theme.strong(role.title);
			const location = role.location === company.location ? undefined : role.location;
			return [
				...titleWithNote(title, spanWithTenure(role, context), context),
				...wrapParts(
					[expanded ? undefined : count(role.achievements.length, 'achievement'), location],
					context,
					theme.muted,
				),
				...(expanded ? summaryLines(role, context) : []),
			];
		},
		children: achievementsScreen(company, role),
	};
}

function achievementsScreen(company: Company, role: Role): Screen {
	return {
		kind: 'list',
		marker: 'bullet',
		header(context) {
			const {theme, width} = context;
			const dates = spanWithTenure(role, context);
			return [
				...wrap(theme.heading(role.title), width),
				...wrapParts([company.name, role.location ?? company.location], context, theme.muted),
				...(dates ? wrap(theme.muted(dates), width) : []),
				...summaryLines(role, context),
			];
		},
		items: role.achievements.map(achievement => highlightItem(achievement)),
		about: [company.name, role.title],
	};
}

/**
A role's summary, under the lines that name it: above its achievements when it is open, and in the
printed résumé, where the role is shown expanded, with its achievements after it.
*/
function summaryLines(role: Role, {width}: ViewContext): string[] {
	return role.summary ? ['', ...wrap(role.summary, width)] : [];
}
