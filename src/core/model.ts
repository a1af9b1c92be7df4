// The extraction model, exactly as ANNOTATION-GUIDELINES describes the JSON output.
// Offsets are JavaScript string indices (UTF-16 code units) into the text as read with
// fs.readFileSync(path, 'utf8'); start inclusive, end exclusive.

export type ActorType = 'person' | 'organization' | 'place';
export type ClaimKind = 'statistic' | 'prediction' | 'attributed' | 'factual';

export interface Span {
  start: number;
  end: number;
}

export interface ActorMention extends Span {
  text: string;
  type: ActorType;
  /** Canonical name shared by every mention of the same real-world actor in the document. */
  entity: string;
}

export interface DateMention extends Span {
  text: string;
  /** TIMEX3-style ISO value resolved against the publication date; null when unresolvable. */
  value: string | null;
}

export interface QuoteMention extends Span {
  text: string;
  /** Canonical entity of the speaker, or null when nobody can be determined. */
  speaker: string | null;
  speakerMention: Span | null;
}

export interface ClaimMention extends Span {
  text: string;
  kind: ClaimKind;
}

/** Where the publication date came from. */
export type PublishedSource = 'sidecar' | 'option' | 'text' | 'none';

export interface Extraction {
  source: string;
  published: string | null;
  publishedSource: PublishedSource;
  actors: ActorMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  claims: ClaimMention[];
}

export interface ExtractOptions {
  /** Source name reported in the output (a path relative to the workspace or cwd). */
  source?: string;
  /** Publication date YYYY-MM-DD from the sidecar or the command line. */
  published?: string;
  publishedSource?: PublishedSource;
}
