// The newsmark command-line tool: the same core as the extension, for batch work.
import { processIo, type CliIo } from './io';
import { runExtract } from './extract';
import { runAnnotate } from './annotate';
import { runExport } from './export';
import { EXPORT_FORMATS } from '../core/export';

const USAGE = `Usage: newsmark <command> [options]

Commands:
  extract <files…> [--json] [--published YYYY-MM-DD]
      Extract actors, dates, quotes and claims. --json prints the JSON of the annotation
      guidelines (one object per file; an array for several files). The publication date
      comes from --published, else the file's sidecar, else the text itself.
  annotate <paths…> [--published YYYY-MM-DD]
      Create or update the YAML sidecars (<file>.annotations.yaml) of the given sources;
      folders recurse over *.txt and *.md. Hand-made annotations and edits are kept, removed
      ones stay removed, moved text is re-anchored, and what cannot be placed is orphaned.
  export <paths…> --format F [--out PATH] [--force]
      Export annotations (sidecars, or a fresh extraction where there is none) as F, one of
      ${EXPORT_FORMATS.join(', ')}. Without --out the output goes to stdout (brat needs
      --out FOLDER). Existing files are overwritten only with --force.

Options:
  -h, --help     Show this help
  -v, --version  Show the version
Exit codes: 0 success, 1 some input could not be processed, 2 usage error.`;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ParsedArgs {
  command?: string;
  positional: string[];
  flags: Map<string, string | true>;
}

/** Parses `cmd a b --flag --key value --key=value`; a flag takes a value only if listed in `valued`. */
export function parseArgs(argv: string[], valued: Set<string>): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { out.positional.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('-') && a.length > 1) {
      const [k, v] = a.replace(/^--?/, '').split(/=(.*)/s);
      if (v !== undefined) out.flags.set(k, v);
      else if (valued.has(k) && i + 1 < argv.length) out.flags.set(k, argv[++i]);
      else out.flags.set(k, true);
    } else if (!out.command) out.command = a;
    else out.positional.push(a);
  }
  return out;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const args = parseArgs(argv, new Set(['published', 'format', 'out', 'o', 'f']));
  if (args.flags.has('version') || args.flags.has('v')) {
    io.stdout(typeof NEWSMARK_VERSION === 'string' ? NEWSMARK_VERSION : 'dev');
    return 0;
  }
  if (!args.command || args.flags.has('help') || args.flags.has('h') || args.command === 'help') {
    io.stdout(USAGE);
    return args.command || args.flags.size ? 0 : 2;
  }
  const published = args.flags.get('published');
  if (published !== undefined && (typeof published !== 'string' || !ISO_DAY.test(published))) {
    io.stderr('newsmark: --published needs a date as YYYY-MM-DD');
    return 2;
  }
  switch (args.command) {
    case 'extract':
      if (!args.positional.length) { io.stderr('newsmark extract: give at least one file'); return 2; }
      return runExtract(args.positional, { json: args.flags.has('json'), published: published as string | undefined }, io);
    case 'annotate':
      return runAnnotate(args.positional, { published: published as string | undefined }, io);
    case 'export': {
      const format = args.flags.get('format') ?? args.flags.get('f');
      const out = args.flags.get('out') ?? args.flags.get('o');
      if (typeof format !== 'string') { io.stderr(`newsmark export: give --format (one of ${EXPORT_FORMATS.join(', ')})`); return 2; }
      return runExport(args.positional, { format, out: typeof out === 'string' ? out : undefined, force: args.flags.has('force') }, io);
    }
    default:
      io.stderr(`newsmark: unknown command "${args.command}"\n\n${USAGE}`);
      return 2;
  }
}

declare const NEWSMARK_VERSION: string | undefined;

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
    process.stderr.write(`newsmark: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
