import {compareDates, compareEnds} from './dates.js';
import type {Company, Role} from './model.js';

/**
The role a reader means by "what they do now": the ongoing one that started last, else the one that ended
last; the first listed when no role has dates.
*/
export function latestRole(companies: readonly Company[]): {company: Company; role: Role} | undefined {
	const roles = companies.flatMap(company => company.roles.map(role => ({company, role})));
	const dated = roles.filter(({role}) => role.span);
	const ongoing = dated.filter(({role}) => !role.span!.end);
	if (ongoing.length > 0) {
		return ongoing.toSorted((a, b) => compareDates(b.role.span!.start, a.role.span!.start))[0];
	}

	return dated.toSorted((a, b) => compareEnds(b.role.span!.end, a.role.span!.end))[0] ?? roles[0];
}
