import {safeUrl} from '../text/safe-text.js';
import type {JsonBasics, JsonResume} from './json-resume.js';
import type {Contact, Resume} from './model.js';
import {clean, cleanList, joinPresent, linkOf} from './clean.js';
import {toDated, toOnDate} from './build-dates.js';
import {buildCompanies} from './build-work.js';
import {buildAwards, buildCertificates, buildProjects, buildReferences, buildVolunteer} from './build-entries.js';

/** Builds the app's model from a JSON Resume (validated, or made usable by lenient.ts). Empty strings and lists count as absent. */
export function buildResume(json: JsonResume): Resume {
	const {basics = {}} = json;
	const location = basics.location ?? {};
	const street = location.address?.split('\n');
	return {
		name: clean(basics.name),
		label: clean(basics.label),
		summary: clean(basics.summary),
		location: joinPresent([location.city, location.region, location.countryCode], ', '),
		address:
			(street ?? location.postalCode)
				? joinPresent(
						[
							...(street ?? []),
							joinPresent([location.postalCode, location.city], ' '),
							location.region,
							location.countryCode,
						],
						', ',
					)
				: undefined,
		contacts: contactsOf(basics),
		companies: buildCompanies(json.work ?? []),
		projects: buildProjects(json.projects ?? []),
		education: (json.education ?? []).flatMap(entry => {
			const degree = joinPresent([entry.studyType, entry.area], ', ');
			// Without an institution, the degree names the entry, or the section's word for one.
			const said = [entry.score, entry.location, entry.url, entry.startDate, entry.endDate, ...(entry.courses ?? [])];
			const institution =
				clean(entry.institution) ?? degree ?? (said.some(value => clean(value)) ? 'Education' : undefined);
			return institution
				? [
						{
							institution,
							url: linkOf(entry.url),
							degree: institution === degree ? undefined : degree,
							score: clean(entry.score),
							location: clean(entry.location),
							...toDated(entry.startDate, entry.endDate),
							courses: cleanList(entry.courses),
						},
					]
				: [];
		}),
		skills: keywordGroups(json.skills ?? [], 'Skills'),
		publications: (json.publications ?? []).flatMap(publication => {
			// A publication without a name still shows what it says, under the section's word for one.
			const said = [publication.publisher, publication.summary, publication.url, publication.releaseDate];
			const name = clean(publication.name) ?? (said.some(value => clean(value)) ? 'Publication' : undefined);
			return name
				? [
						{
							name,
							publisher: clean(publication.publisher),
							...toOnDate(publication.releaseDate),
							url: linkOf(publication.url),
							summary: clean(publication.summary),
						},
					]
				: [];
		}),
		awards: buildAwards(json.awards ?? []),
		certificates: buildCertificates(json.certificates ?? []),
		volunteer: buildVolunteer(json.volunteer ?? []),
		languages: (json.languages ?? []).flatMap(entry => {
			const language = clean(entry.language);
			const fluency = clean(entry.fluency);
			return language ? [{language, fluency}] : fluency ? [{language: fluency}] : [];
		}),
		interests: keywordGroups(json.interests ?? [], 'Interests'),
		references: buildReferences(json.references ?? []),
	};
}

/** Skills and interests: a name and keywords; keywords without a name get the section's. */
function keywordGroups(
	groups: ReadonlyArray<{readonly name?: string; readonly level?: string; readonly keywords?: readonly string[]}>,
	unnamed: string,
) {
	return groups.flatMap(group => {
		const name = clean(group.name);
		const level = clean(group.level);
		const keywords = cleanList(group.keywords);
		return name === undefined && level === undefined && keywords.length === 0
			? []
			: [{name: name ?? unnamed, level, keywords}];
	});
}

/** E-mail, phone, website, profiles and picture, in that order, each with its link where it has one. */
function contactsOf(basics: JsonBasics): Contact[] {
	const email = clean(basics.email);
	const phone = clean(basics.phone);
	const url = linkOf(basics.url);
	const image = linkOf(basics.image);
	const profiles = (basics.profiles ?? []).flatMap(profile => {
		const link = linkOf(profile.url);
		const network = clean(profile.network);
		const text = clean(profile.username) ?? link ?? network;
		return text ? [{label: network ?? 'Profile', text, url: link}] : [];
	});
	return [
		...(email ? [{label: 'E-mail', text: email, url: safeUrl(`mailto:${email}`)}] : []),
		...(phone ? [{label: 'Phone', text: phone}] : []),
		...(url ? [{label: 'Website', text: url, url}] : []),
		...profiles,
		...(image ? [{label: 'Picture', text: image, url: image}] : []),
	];
}
