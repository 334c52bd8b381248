import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';

/**
 * Local stand-in for the Cognito JWT authorizer: HS256 tokens signed with a secret kept in
 * .crm-data/. Issuer names the company, so a token of another company is refused like Cognito's would be.
 */
export class LocalAuth {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly companyId: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  private get issuer(): string {
    return `crm-local:${this.companyId}`;
  }

  async issue(userId: string, email: string, ttlSeconds = 12 * 3600, now = new Date()): Promise<string> {
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({ email, token_use: 'access' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(this.issuer)
      .setAudience('crm-api')
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttlSeconds)
      .sign(this.key);
  }

  /** Claims of a valid token, or the reason it is refused. */
  async verify(token: string): Promise<{ claims: Record<string, unknown> } | { error: string }> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: this.issuer, audience: 'crm-api', algorithms: ['HS256'] });
      return { claims: payload as Record<string, unknown> };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { error: '登录已过期，请重新登录 (token expired)' };
      return { error: '身份令牌无效 (invalid token)' };
    }
  }
}
