/**
The parts of a JSON Resume (https://jsonresume.org/schema) this program reads.
Every field is optional, as in the schema; unknown fields are allowed and kept.
*/
export type JsonResume = {
	readonly basics?: {
		readonly name?: string;
		readonly label?: string;
		readonly summary?: string;
		readonly location?: {
			readonly city?: string;
			readonly region?: string;
			readonly countryCode?: string;
		};
	};
	readonly work?: readonly JsonWork[];
	readonly education?: readonly JsonEducation[];
	readonly skills?: readonly JsonSkill[];
	readonly publications?: readonly JsonPublication[];
};

export type JsonWork = {
	readonly name?: string;
	readonly position?: string;
	readonly location?: string;
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

export type JsonEducation = {
	readonly institution?: string;
	readonly area?: string;
	readonly studyType?: string;
	readonly score?: string;
	readonly location?: string;
	readonly startDate?: string;
	readonly endDate?: string;
	readonly courses?: readonly string[];
};

export type JsonSkill = {
	readonly name?: string;
	readonly level?: string;
	readonly keywords?: readonly string[];
};

export type JsonPublication = {
	readonly name?: string;
	readonly publisher?: string;
	readonly releaseDate?: string;
	readonly url?: string;
	readonly summary?: string;
};
