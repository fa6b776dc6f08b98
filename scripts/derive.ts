import { serializeKnowledgeBase } from '../src/kb/parse';
import { deriveSeedFile } from './seeds';

const HELP = `Usage: npm run derive -- <seed files...>

Derives a knowledge base from each seed file (UTF-8 text; its first non-empty line is the title)
and prints it as JSON on stdout. A "<seed>.corrections.json" beside a seed is applied.

  One file:     prints that knowledge base.
  Several:      prints a JSON array of knowledge bases, one per file, in the order given.

Progress, warnings and what corrections changed go to stderr. An unreadable, empty, binary or
too large file stops the run with exit code 1 and a message naming the file.
`;

function main(args: readonly string[]): number {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    (args.length === 0 ? process.stderr : process.stdout).write(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const kbs = [];
  for (const file of args) {
    try {
      const { kb, report } = deriveSeedFile(file);
      for (const line of report) process.stderr.write(`${line}\n`);
      kbs.push(kb);
    } catch (error) {
      process.stderr.write(`derive: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const [only] = kbs;
  if (kbs.length === 1 && only) process.stdout.write(serializeKnowledgeBase(only));
  else process.stdout.write(`${JSON.stringify(kbs, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
