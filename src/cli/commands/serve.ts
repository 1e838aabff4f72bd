import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './options';
import type { Command } from './types';

const BUILT_APP = join(dirname(fileURLToPath(import.meta.url)), '../../../dist');

export const serve: Command = {
  name: 'serve',
  usage:
    'serve [--port 8080] [--host 127.0.0.1] [--data ./tirwedd-data] [--redis redis://…] [--max-update bytes]',
  summary: 'run the Tirwedd server: the built app and live shared workspaces, kept on disk',
  async run(args, io) {
    const parsed = parseArgs(args, ['port', 'host', 'data', 'redis', 'app', 'max-update']);
    if (parsed.error || parsed.positionals.length) {
      io.err(parsed.error ?? `unexpected argument ${parsed.positionals[0]}`);
      return 2;
    }
    const port = Number(parsed.options.get('port') ?? '8080');
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(
        `--port must be a port number (0 picks a free one), not ${parsed.options.get('port')}`,
      );
      return 2;
    }
    const redis = parsed.options.get('redis');
    if (redis !== undefined && !/^rediss?:\/\//.test(redis)) {
      io.err(`--redis must be a redis:// or rediss:// address, not ${redis}`);
      return 2;
    }
    const maxUpdate = parsed.options.has('max-update')
      ? Number(parsed.options.get('max-update'))
      : undefined;
    if (maxUpdate !== undefined && !(Number.isInteger(maxUpdate) && maxUpdate > 0)) {
      io.err(`--max-update must be a number of bytes, not ${parsed.options.get('max-update')}`);
      return 2;
    }
    // The server is loaded only when asked for, so the other commands need none of it.
    const { startServer } = await import('../../server/tirwedd-server');
    const running = await startServer({
      port,
      host: parsed.options.get('host') ?? '127.0.0.1',
      data: parsed.options.get('data') ?? './tirwedd-data',
      app: parsed.options.get('app') ?? BUILT_APP,
      ...(redis ? { redis } : {}),
      ...(maxUpdate ? { maxUpdate } : {}),
      log: io.out,
    });
    const stop = () => {
      void running.stop().then(() => process.exit(0));
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    process.on('unhandledRejection', (reason) =>
      io.err(JSON.stringify({ event: 'error', reason: String(reason) })),
    );
    // Serving goes on until a signal ends the process.
    await new Promise<never>(() => {});
    return 0;
  },
};
