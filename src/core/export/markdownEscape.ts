// Text from files is data, never markup: article text and notes go into the report with every
// character that could start Markdown syntax backslash-escaped (CommonMark allows escaping any
// ASCII punctuation), so no emphasis, link, image, autolink, HTML tag or entity can be injected.
// Escaping '.', ':' and '@' also breaks GFM's bare-URL and e-mail autolinks. Line breaks are
// folded to spaces so text can't open a new block (heading, list, fence) or leave its list item.

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:@^$=]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(SPECIAL, (c) => `\\${c}`);
}
