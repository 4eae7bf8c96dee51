/** Command-line options of `npm run bench`. */
export const sections = ['bytes', 'lighthouse', 'interactions', 'heap'] as const;
export type Section = (typeof sections)[number];

export type Options = {
  /** Lighthouse runs per preset and page; the median is reported. */
  runs: number;
  /** Measured samples per interaction (after warm-ups). */
  samples: number;
  /** Skip `npm run build` and measure the `dist/` that is there. */
  build: boolean;
  only: ReadonlySet<Section>;
  outDir: string;
};

const usage = `Usage: npm run bench -- [--runs N] [--quick] [--samples N] [--no-build] [--only a,b]
  --runs N      Lighthouse runs per preset and page (default 5; the median is reported)
  --quick       one Lighthouse run each, for development
  --samples N   measured samples per interaction (default 20)
  --no-build    measure the existing dist/ instead of building first
  --only LIST   run only some sections: ${sections.join(', ')}`;

const isSection = (name: string): name is Section => (sections as readonly string[]).includes(name);

function positiveInteger(name: string, value: string | undefined) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} needs a whole number ≥ 1`);
  return number;
}

export function parseOptions(args: readonly string[]): Options {
  const options: Options = {
    runs: 5,
    samples: 20,
    build: true,
    only: new Set(sections),
    outDir: 'bench-results',
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--runs') options.runs = positiveInteger(arg, args[++i]);
    else if (arg === '--samples') options.samples = positiveInteger(arg, args[++i]);
    else if (arg === '--quick') options.runs = 1;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--only') {
      const names = (args[++i] ?? '').split(',').filter(Boolean);
      const known = names.filter(isSection);
      if (names.length === 0 || known.length < names.length)
        throw new Error(`--only takes a list of: ${sections.join(', ')}`);
      options.only = new Set(known);
    } else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}\n${usage}`);
  }
  return options;
}
