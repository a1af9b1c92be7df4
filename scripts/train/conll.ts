// Reads CoNLL-2003-style files (word POS chunk NER, IOB1 or IOB2) into documents whose text
// is the tokens joined by spaces, sentences by blank lines, with character spans of the names.
import { readFileSync } from 'node:fs';

export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface ConllEntity {
  start: number;
  end: number;
  type: ConllType;
}

export interface ConllDocument {
  text: string;
  entities: ConllEntity[];
}

export function readConll(path: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: string[][][] = [];
  let sentence: string[][] = [];
  const flushSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length) docs.push(toDocument(sentences));
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) flushDoc();
    else if (line.trim() === '') flushSentence();
    else sentence.push(line.trim().split(/[ \t]+/)); // tolerate tabs and trailing blanks
  }
  flushDoc();
  return docs;
}

function toDocument(sentences: string[][][]): ConllDocument {
  let text = '';
  const entities: ConllEntity[] = [];
  for (const s of sentences) {
    if (text) text += '\n\n';
    let open: ConllEntity | null = null;
    for (let i = 0; i < s.length; i++) {
      const cols = s[i];
      if (i > 0) text += ' ';
      const start = text.length;
      text += cols[0];
      const tag = cols[cols.length - 1];
      const type = tag === 'O' ? null : (tag.slice(2) as ConllType);
      const begins = type !== null && (tag.startsWith('B-') || !open || open.type !== type);
      if (open && (type === null || begins)) {
        entities.push(open);
        open = null;
      }
      if (type !== null) {
        if (begins) open = { start, end: text.length, type };
        else if (open) open.end = text.length;
      }
    }
    if (open) entities.push(open);
  }
  return { text, entities };
}
