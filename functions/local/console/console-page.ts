import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONSOLE_EXAMPLES, LAST_CUSTOMER_ID } from './console-examples';

const TEMPLATE = readFileSync(new URL('./console.html', import.meta.url), 'utf8');

export interface ConsoleUser {
  label: string;
  /** A fresh token per page load, so an open console outlives no token. */
  token(): Promise<string>;
}

/** The explorer page, with the signed-in user's token and the example operations filled in (no CDN: one self-contained file). */
export function renderConsolePage(token: string, userLabel: string): string {
  const config = { token, user: userLabel, examples: CONSOLE_EXAMPLES, lastCustomerIdMarker: LAST_CUSTOMER_ID };
  // `<` escaped so nothing in the JSON can close the script element.
  return TEMPLATE.replace('__CRM_CONSOLE_CONFIG__', () => JSON.stringify(config).replace(/</g, '\\u003c'));
}

export function isConsoleRequest(req: IncomingMessage): boolean {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  return req.method === 'GET' && (path === '/' || path === '/console');
}

export async function serveConsole(res: ServerResponse, user: ConsoleUser): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // Everything the page needs is inline; it talks only to this server.
    'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'",
  });
  res.end(renderConsolePage(await user.token(), user.label));
}
