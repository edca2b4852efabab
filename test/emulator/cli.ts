// `npm run emulator -- [flags]`: the emulated org in the foreground until SIGINT/SIGTERM.
// Prints exactly `ready https://<org>.crm.dynamics.com on 127.0.0.1:<port>` when listening.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator, type EmulatorOptions } from './server.ts';

const USAGE = `usage: npm run emulator -- [--port N] [--org NAME] [--data DIR] [--no-seed | --seed N]
                             [--latency MS] [--request-log FILE] [--throttle N]
                             [--no-marketing | --marketing-version V] [--alias HOST]...`;

function integer(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs a whole number${min > 0 ? ` ≥ ${min}` : ''}, got '${value}'`);
  return n;
}

export function parseCli(argv: string[]): EmulatorOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      org: { type: 'string' },
      data: { type: 'string' },
      'no-seed': { type: 'boolean' },
      seed: { type: 'string' },
      latency: { type: 'string' },
      'request-log': { type: 'string' },
      throttle: { type: 'string' },
      'no-marketing': { type: 'boolean' },
      'marketing-version': { type: 'string' },
      alias: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values['no-seed'] && values.seed !== undefined) throw new Error('--no-seed and --seed exclude each other');
  if (values.org !== undefined && !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(values.org))
    throw new Error(`--org must be a host label such as 'contoso', got '${values.org}'`);
  const version = values['marketing-version'];
  if (values['no-marketing'] && version !== undefined) throw new Error('--no-marketing and --marketing-version exclude each other');
  if (version !== undefined && !/^\d+(\.\d+){1,3}$/.test(version))
    throw new Error(`--marketing-version needs a solution version such as 1.1.10512.30, got '${version}'`);
  for (const alias of values.alias ?? [])
    if (!/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i.test(alias))
      throw new Error(`--alias needs a host name such as crm.contoso-onprem.test, got '${alias}'`);
  const port = integer('port', values.port);
  if (port !== undefined && port > 65535) throw new Error(`--port must be at most 65535`);
  return {
    port: port ?? 8443,
    org: values.org ?? 'contoso',
    dataDir: values.data,
    seed: values['no-seed'] ? false : integer('seed', values.seed),
    latencyMs: integer('latency', values.latency),
    requestLog: values['request-log'],
    throttle: integer('throttle', values.throttle),
    ...(values['no-marketing'] ? { marketing: false } : {}),
    ...(version !== undefined ? { marketingVersion: version } : {}),
    ...(values.alias?.length ? { aliases: values.alias } : {}),
  };
}

async function main(): Promise<void> {
  let options: EmulatorOptions;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const emulator = await startEmulator(options);
  console.log(`ready ${emulator.orgUrl} on 127.0.0.1:${emulator.port}`);
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run only as a script, so tests can import parseCli.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
