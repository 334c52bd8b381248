import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { LocalAuth } from './local-auth';

type Handler = (event: APIGatewayProxyEventV2, context: Context, callback: () => void) => Promise<unknown>;

/** API Gateway's own payload limit is 10 MB; GraphQL requests here are small, so refuse big bodies early. */
export const MAX_BODY_BYTES = 256 * 1024;

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Turns a Node request into the HTTP API v2 event API Gateway would send, with the JWT authorizer's claims. */
export function toApiGatewayEvent(req: IncomingMessage, body: string, claims?: Record<string, unknown>): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  const now = new Date();
  return {
    version: '2.0',
    routeKey: `${req.method} ${url.pathname}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
    headers,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method: req.method ?? 'GET', path: url.pathname, protocol: 'HTTP/1.1', sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey: `${req.method} ${url.pathname}`,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
    },
  } as APIGatewayProxyEventV2;
}

/** A Node request handler that plays API Gateway + JWT authorizer in front of the real Lambda handler. */
export function createHttpListener(handler: Handler, auth: LocalAuth) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const body = await readBody(req);
      if (body === undefined) return sendJson(res, 413, graphqlError('请求体过大 (request body too large)', 'BAD_USER_INPUT'));
      const authorization = req.headers.authorization;
      let claims: Record<string, unknown> | undefined;
      if (authorization) {
        const verified = await auth.verify(authorization.replace(/^Bearer\s+/i, ''));
        if ('error' in verified) return sendJson(res, 401, graphqlError(verified.error, 'UNAUTHENTICATED'));
        claims = verified.claims;
      }
      const result = (await handler(toApiGatewayEvent(req, body, claims), {} as Context, () => undefined)) as APIGatewayProxyStructuredResultV2;
      res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
      res.end(result.body ?? '');
    } catch (error) {
      console.error(error);
      sendJson(res, 500, graphqlError('服务器内部错误', 'INTERNAL_SERVER_ERROR'));
    }
  };
}
