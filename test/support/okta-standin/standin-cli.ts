/**
 * `npm run okta-standin [-- --seed FILE]`: starts the stand-in on 127.0.0.1 over plain HTTP, prints
 * one JSON line on stdout (`url`, `pid`, `token`, `env`) and logs one line per request on stderr
 * (`METHOD /path?query STATUS`, never a header, so never the token) until SIGINT or SIGTERM.
 *
 * `env` is what the okta provider needs to reach it: `OKTA_HTTP_PROXY` replaces the org URL, and an
 * `http://` one turns off the provider's https check (okta/config.go:375-389 and 471-510 at
 * v4.20.0, where the v3 SDK also uses it as a forward proxy, hence absolute-form requests);
 * `OKTA_ORG_NAME` and `OKTA_BASE_URL` are set all the same (the provider reads them) to a
 * `.localhost` org URL that leads nowhere else should the proxy setting be dropped.
 *
 * Exit codes: 0 stopped by a signal or `--help`; 1 the server could not start (the port is taken);
 * 2 bad arguments or a bad seed file (the message names the file and the field).
 */
import { promises as fs } from 'fs';
import { parseSeed, SeedError, type OrgSeed } from './seed';
import { startOktaStandin, type OktaStandin } from './okta-standin';

export const USAGE = `Usage: npm run -s okta-standin -- [--seed FILE] [--port N] [--latency-ms N] [--rule-lock-ms N]

Starts a stand-in for the Okta management API on 127.0.0.1 (plain HTTP) and prints one JSON line:
{"url", "pid", "token", "env": {OKTA_ORG_NAME, OKTA_BASE_URL, OKTA_API_TOKEN, OKTA_HTTP_PROXY}}.
Each request is logged on stderr. Stop it with Ctrl-C or: kill <pid>.

  --seed FILE        the org as the Admin Console left it (JSON; docs/okta-standin.md)
  --port N           listen on this port (default: any free port)
  --latency-ms N     wait N ms before each answer (default 0)
  --rule-lock-ms N   a group rule write holds the org's rule lock N ms; others get 423 (default 0)
  --help             this text`;

export interface StandinArgs {
  readonly help: boolean;
  readonly seedFile?: string;
  readonly port?: number;
  readonly latencyMs?: number;
  readonly ruleLockMs?: number;
}

/** Bad command-line arguments (exit 2). */
export class UsageError extends Error {}

const NUMBER_FLAGS: Record<string, 'port' | 'latencyMs' | 'ruleLockMs'> = {
  '--port': 'port',
  '--latency-ms': 'latencyMs',
  '--rule-lock-ms': 'ruleLockMs',
};

export function parseStandinArgs(argv: readonly string[]): StandinArgs {
  const out: { -readonly [K in keyof StandinArgs]: StandinArgs[K] } = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') {
      out.help = true;
      continue;
    }
    const value = argv[i + 1];
    if (flag !== '--seed' && NUMBER_FLAGS[flag] === undefined)
      throw new UsageError(
        `unknown argument '${flag}' (allowed: --seed, --port, --latency-ms, --rule-lock-ms, --help)`,
      );
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    i++;
    if (flag === '--seed') {
      out.seedFile = value;
      continue;
    }
    const n = Number(value);
    const max = flag === '--port' ? 65535 : 600000;
    if (!/^\d+$/.test(value) || n > max)
      throw new UsageError(`${flag} ${value}: expected a whole number from 0 to ${max}`);
    out[NUMBER_FLAGS[flag]!] = n;
  }
  return out;
}

/** Reads and checks a seed file; every failure is a {@link SeedError} naming the file. */
export async function readSeedFile(file: string): Promise<OrgSeed> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new SeedError(
      `${file}: cannot read the seed file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SeedError(`${file}: not JSON (${(e as Error).message})`);
  }
  return parseSeed(json, file);
}

/** The environment the okta provider needs to reach `standin`. */
export function providerEnv(standin: OktaStandin): Record<string, string> {
  return {
    OKTA_ORG_NAME: standin.state.orgName,
    OKTA_BASE_URL: 'localhost',
    OKTA_API_TOKEN: standin.token,
    OKTA_HTTP_PROXY: standin.url,
  };
}

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Resolves when the process is asked to stop. */
  readonly stopSignal: Promise<string>;
}

/** Runs the command; resolves with the exit code. */
export async function runStandinCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: StandinArgs;
  let seed: OrgSeed = {};
  try {
    args = parseStandinArgs(argv);
    if (args.help) {
      io.out(USAGE);
      return 0;
    }
    if (args.seedFile !== undefined) seed = await readSeedFile(args.seedFile);
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof SeedError)) throw e;
    io.err(`okta-standin: ${e.message}`);
    if (e instanceof UsageError) io.err('Run with --help for the usage.');
    return 2;
  }
  let standin: OktaStandin;
  try {
    standin = await startOktaStandin({
      seed,
      port: args.port,
      log: (line) => io.err(line),
      behaviour: { latencyMs: args.latencyMs ?? 0, ruleLockMs: args.ruleLockMs ?? 0 },
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      `okta-standin: cannot listen on 127.0.0.1:${args.port ?? 0} (${code ?? String(e)})${code === 'EADDRINUSE' ? '; choose another --port, or leave it out for a free one' : ''}`,
    );
    return 1;
  }
  io.out(
    JSON.stringify({ url: standin.url, pid: process.pid, token: standin.token, env: providerEnv(standin) }),
  );
  const signal = await io.stopSignal;
  io.err(`okta-standin: ${signal}, stopping`);
  await standin.close();
  return 0;
}
