// Entry point the extension host loads as extensionTestsPath (same contract as
// @vscode/test-electron): runs mocha over the bundled suite files beside this one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Bundled suites live in out/integration/suite/ next to this file once built by run-tests.mjs. */
function suiteFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .map((f) => path.join(dir, f))
    .sort();
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env.NEWSMARK_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = suiteFiles(path.join(__dirname, 'suite'));
  if (files.length === 0) throw new Error(`no integration test files under ${path.join(__dirname, 'suite')}`);
  for (const file of files) mocha.addFile(file);
  const { failures, stats } = await new Promise<{ failures: number; stats?: Mocha.Stats }>((resolve) => {
    const runner = mocha.run((count) => resolve({ failures: count, stats: runner.stats }));
  });
  // The runner outside VS Code prints the totals as the run's closing line.
  const resultFile = process.env.NEWSMARK_TEST_RESULT_FILE;
  if (resultFile) {
    try {
      fs.writeFileSync(resultFile, JSON.stringify({ passes: stats?.passes ?? 0, failures, pending: stats?.pending ?? 0 }));
    } catch (e) {
      console.error(`could not write the test totals to ${resultFile}: ${String(e)}`);
    }
  }
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
