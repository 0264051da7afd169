import type {PartialDate} from '../resume/model.js';
import type {Theme} from '../theme/theme.js';
import type {ItemLink, LinkDisplay} from './links.js';

/** What every view needs to lay itself out. */
export type ViewContext = {
	/** Columns available to the view. */
	readonly width: number;
	/**
	Rows a page has on screen, when it is shown in a frame: a page may use them (About fills a big screen with
	more at a glance). Printed output has no height, and a list is laid out the same at any.
	*/
	readonly height?: number;
	readonly theme: Theme;
	/** The day "present" means, for spans and tenures. */
	readonly today: PartialDate;
	/** How links show; `whole` when not said (the printed résumé). */
	readonly links?: LinkDisplay;
};

/** One selectable thing in a list: drawn as lines, maybe with a list of its own behind it. */
export type ListItem = {
	/** What the breadcrumb says once this item is open. */
	readonly crumb: string;
	/**
	Lines for this item at `context.width` columns. `expanded` is true when its children are shown
	right after it (the printed résumé), so it need not summarise them.
	*/
	readonly render: (context: ViewContext, state: {readonly selected: boolean; readonly expanded: boolean}) => string[];
	readonly children?: Screen;
	/** What `o` opens and `y` copies with this item selected. */
	readonly links?: readonly ItemLink[];
	/** What search finds this item by, where it is more than its crumb. */
	readonly search?: Findable;
};

/**
The words of a thing search can find: its title, which ranks a match higher, and the rest of what it says.
Résumé text, which the model has made safe already.
*/
export type Findable = {
	readonly title?: string;
	readonly text: ReadonlyArray<string | undefined>;
};

/**
A screen of content: a list of items (with an optional header that says what the list is about)
or a page of text that scrolls by line.
*/
export type Screen =
	| {
			readonly kind: 'list';
			/** Unselected items show a bullet when they are paragraphs, nothing when they are entries. */
			readonly marker: 'bullet' | 'none';
			readonly header?: (context: ViewContext) => string[];
			readonly items: readonly ListItem[];
			/** What search says the items belong to, where the breadcrumb to them does not say it all. */
			readonly about?: readonly string[];
	  }
	| {
			readonly kind: 'page';
			readonly lines: (context: ViewContext) => string[];
			/** What `o` opens and `y` copies on this page. */
			readonly links?: readonly ItemLink[];
			/** What search finds on this page: each leads to the page. */
			readonly search?: readonly Findable[];
	  };

/** A top-level section: a tab of the app and a heading of the printed résumé. */
export type Section = {
	readonly title: string;
	readonly screen: Screen;
	/** What the printed résumé shows under this heading, where it differs from the app's screen. */
	readonly printed?: Screen;
};
