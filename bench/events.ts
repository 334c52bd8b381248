import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** What API Gateway (HTTP API, payload v2) hands the Lambda after its JWT authorizer accepted the caller. */
export function apiEvent(body: string, sub?: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    body,
    isBase64Encoded: false,
    requestContext: {
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'crm-bench' },
      ...(sub ? { authorizer: { jwt: { claims: { sub }, scopes: [] } } } : {}),
    },
  } as unknown as APIGatewayProxyEventV2;
}
