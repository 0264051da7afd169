import type {Achievement, Company, Role} from '../resume/model.js';
import {hanging, wrap} from '../text/text.js';
import {count, joinParts, spanWithTenure, titleWithNote, wrapParts} from './format.js';
import {markImpact, unbreak} from './impact.js';
import type {ListItem, Screen, ViewContext} from './types.js';

/** Companies → roles → achievements. A company with one role opens straight onto its achievements. */
export function experienceScreen(companies: readonly Company[]): Screen {
	return {kind: 'list', marker: 'none', items: companies.map(company => companyItem(company))};
}

function companyItem(company: Company): ListItem {
	const [onlyRole] = company.roles.length === 1 ? company.roles : [];
	return {
		crumb: company.name,
		render(context, {selected, expanded}) {
			const {theme} = context;
			const name = selected ? theme.selected(company.name) : theme.strong(company.name);
			const details = onlyRole
				? [onlyRole.title, company.location]
				: [expanded ? undefined : count(company.roles.length, 'role'), company.location];
			return [
				...titleWithNote(name, company.span && spanWithTenure(company.span, context), context),
				...wrapParts(details, context, theme.muted),
				...(expanded && onlyRole ? summaryLines(onlyRole, context) : []),
			];
		},
		children: onlyRole
			? achievementsScreen(company, onlyRole)
			: {kind: 'list', marker: 'none', items: company.roles.map(role => roleItem(company, role))},
	};
}

function roleItem(company: Company, role: Role): ListItem {
	return {
		crumb: role.title,
		render(context, {selected, expanded}) {
			const {theme} = context;
			const title = selected ? theme.selected(role.title) : theme.strong(role.title);
			const location = role.location === company.location ? undefined : role.location;
			return [
				...titleWithNote(title, role.span && spanWithTenure(role.span, context), context),
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
			return [
				...wrap(theme.heading(role.title), width),
				...wrapParts([company.name, role.location ?? company.location], context, theme.muted),
				...(role.span ? wrap(theme.muted(spanWithTenure(role.span, context)), width) : []),
				...summaryLines(role, context),
			];
		},
		items: role.achievements.map(achievement => achievementItem(achievement)),
	};
}

/**
A role's summary, under the lines that name it: above its achievements when it is open, and in the
printed résumé, where the role is shown expanded, with its achievements after it.
*/
function summaryLines(role: Role, {width}: ViewContext): string[] {
	return role.summary ? ['', ...wrap(role.summary, width)] : [];
}

function achievementItem(achievement: Achievement): ListItem {
	return {
		crumb: achievement.text,
		render(context) {
			const {theme, width} = context;
			const text = wrap(markImpact(achievement.text, theme), width).map(line => unbreak(line));
			const prefix = `${theme.glyphs.link} `;
			const links = achievement.links.flatMap(link => [
				...hanging(prefix, theme.link(joinParts([link.label, link.title], context)), width),
				...hanging(' '.repeat(prefix.length), theme.muted(link.url), width),
			]);
			return [...text, ...links];
		},
	};
}
