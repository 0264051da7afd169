/**
A JSON Resume (https://jsonresume.org/schema, version 1.x): every section and field of the schema.
Every field is optional, as in the schema; unknown fields are allowed and kept.
*/
export type JsonResume = {
	readonly $schema?: string;
	readonly basics?: JsonBasics;
	readonly work?: readonly JsonWork[];
	readonly volunteer?: readonly JsonVolunteer[];
	readonly education?: readonly JsonEducation[];
	readonly awards?: readonly JsonAward[];
	readonly certificates?: readonly JsonCertificate[];
	readonly publications?: readonly JsonPublication[];
	readonly skills?: readonly JsonSkill[];
	readonly languages?: readonly JsonLanguage[];
	readonly interests?: readonly JsonInterest[];
	readonly references?: readonly JsonReference[];
	readonly projects?: readonly JsonProject[];
	readonly meta?: {
		readonly canonical?: string;
		readonly version?: string;
		readonly lastModified?: string;
	};
};

export type JsonBasics = {
	readonly name?: string;
	readonly label?: string;
	/** A URL of a picture. */
	readonly image?: string;
	readonly email?: string;
	readonly phone?: string;
	readonly url?: string;
	readonly summary?: string;
	readonly location?: JsonLocation;
	readonly profiles?: readonly JsonProfile[];
};

export type JsonLocation = {
	/** The street address; several lines are separated by "\n". */
	readonly address?: string;
	readonly postalCode?: string;
	readonly city?: string;
	readonly region?: string;
	readonly countryCode?: string;
};

export type JsonProfile = {
	readonly network?: string;
	readonly username?: string;
	readonly url?: string;
};

export type JsonWork = {
	readonly name?: string;
	readonly position?: string;
	readonly location?: string;
	/** What the employer is ("Social media company"). */
	readonly description?: string;
	readonly url?: string;
	readonly startDate?: string;
	readonly endDate?: string;
	readonly summary?: string;
	readonly highlights?: readonly string[];
	/** Our extension: links attached to the highlight that contains `highlight`. */
	readonly highlightLinks?: readonly JsonHighlightLink[];
};

export type JsonHighlightLink = {
	readonly highlight: string;
	readonly url: string;
	readonly label?: string;
	readonly title?: string;
};

export type JsonVolunteer = {
	readonly organization?: string;
	readonly position?: string;
	readonly url?: string;
	readonly startDate?: string;
	readonly endDate?: string;
	readonly summary?: string;
	readonly highlights?: readonly string[];
};

export type JsonEducation = {
	readonly institution?: string;
	readonly url?: string;
	readonly area?: string;
	readonly studyType?: string;
	readonly score?: string;
	/** Ours, beyond the schema. */
	readonly location?: string;
	readonly startDate?: string;
	readonly endDate?: string;
	readonly courses?: readonly string[];
};

export type JsonAward = {
	readonly title?: string;
	readonly date?: string;
	readonly awarder?: string;
	readonly summary?: string;
};

export type JsonCertificate = {
	readonly name?: string;
	readonly date?: string;
	readonly url?: string;
	readonly issuer?: string;
};

export type JsonPublication = {
	readonly name?: string;
	readonly publisher?: string;
	readonly releaseDate?: string;
	readonly url?: string;
	readonly summary?: string;
};

export type JsonSkill = {
	readonly name?: string;
	readonly level?: string;
	readonly keywords?: readonly string[];
};

export type JsonLanguage = {
	readonly language?: string;
	readonly fluency?: string;
};

export type JsonInterest = {
	readonly name?: string;
	readonly keywords?: readonly string[];
};

export type JsonReference = {
	readonly name?: string;
	readonly reference?: string;
};

export type JsonProject = {
	readonly name?: string;
	readonly description?: string;
	readonly highlights?: readonly string[];
	readonly keywords?: readonly string[];
	readonly startDate?: string;
	readonly endDate?: string;
	readonly url?: string;
	readonly roles?: readonly string[];
	readonly entity?: string;
	readonly type?: string;
};
