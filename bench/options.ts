import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** API data set: customers with contacts, names and history, spread over the reps. */
  customers: number;
  reps: number;
  contactsPerCustomer: number;
  /** Measured requests per operation, after `warmup` unmeasured ones. */
  iterations: number;
  warmup: number;
  /** Sweep data set: protected customers, of which `due` are past their deadline at sweep time. */
  sweepCustomers: number;
  due: number;
  coldStartRuns: number;
  skipBundles: boolean;
  output: string;
}

const USAGE = `npm run bench -- [--customers 2000] [--reps 20] [--contacts 2] [--iterations 60] [--warmup 8]
                  [--sweep-customers 20000] [--due 200] [--cold-runs 7] [--full] [--skip-bundles] [--out bench/results.json]
  --full   the issue's sizes: 100,000 sweep customers of which 1,000 due`;

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      customers: { type: 'string' },
      reps: { type: 'string' },
      contacts: { type: 'string' },
      iterations: { type: 'string' },
      warmup: { type: 'string' },
      'sweep-customers': { type: 'string' },
      due: { type: 'string' },
      'cold-runs': { type: 'string' },
      full: { type: 'boolean', default: false },
      'skip-bundles': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (raw: string | undefined, fallback: number, name: string) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer\n${USAGE}`);
    return n;
  };
  const options: BenchOptions = {
    customers: int(values.customers, 2000, 'customers'),
    reps: Math.max(1, int(values.reps, 20, 'reps')),
    contactsPerCustomer: int(values.contacts, 2, 'contacts'),
    iterations: Math.max(1, int(values.iterations, 60, 'iterations')),
    warmup: int(values.warmup, 8, 'warmup'),
    sweepCustomers: int(values['sweep-customers'], values.full ? 100_000 : 20_000, 'sweep-customers'),
    due: int(values.due, values.full ? 1_000 : 200, 'due'),
    coldStartRuns: Math.max(1, int(values['cold-runs'], 7, 'cold-runs')),
    skipBundles: values['skip-bundles'] ?? false,
    output: values.out ?? 'bench/results.json',
  };
  if (options.due > options.sweepCustomers) throw new Error('--due cannot exceed --sweep-customers');
  return options;
}
