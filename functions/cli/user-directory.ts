import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  ListUserPoolsCommand,
  UsernameExistsException,
  type AttributeType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';

/** The sign-in: whom the deployed API's JWTs name (`sub`), or nothing locally (local tokens name the User id). */
export interface Login {
  /** The id the User item must carry; undefined = let the domain make one. */
  id?: string;
  created: boolean;
}

export interface UserDirectory {
  readonly kind: 'cognito' | 'local';
  /** Creates the sign-in for this e-mail, or finds the one that exists (safe to run again). */
  ensureLogin(email: string, name: string): Promise<Login>;
  deleteLogin(email: string): Promise<void>;
  setEnabled(email: string, enabled: boolean): Promise<void>;
  changeEmail(currentEmail: string, newEmail: string): Promise<void>;
}

/** Local stack: `npm run token -- <email>` signs tokens for any User item, so there is no separate sign-in. */
export const localDirectory: UserDirectory = {
  kind: 'local',
  ensureLogin: async () => ({ created: false }),
  deleteLogin: async () => undefined,
  setEnabled: async () => undefined,
  changeEmail: async () => undefined,
};

function subOf(attributes: AttributeType[] | undefined): string {
  const sub = attributes?.find((a) => a.Name === 'sub')?.Value;
  if (!sub) throw new Error('Cognito returned a user without a sub');
  return sub;
}

/** Deployed stack: the company's Cognito user pool (users sign in with their e-mail; Cognito mails the temporary password). */
export class CognitoDirectory implements UserDirectory {
  readonly kind = 'cognito' as const;

  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async ensureLogin(email: string, name: string): Promise<Login> {
    try {
      const out = await this.cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: email,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: name },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      );
      return { id: subOf(out.User?.Attributes), created: true };
    } catch (error) {
      if (!(error instanceof UsernameExistsException)) throw error;
      const existing = await this.cognito.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: email }));
      return { id: subOf(existing.UserAttributes), created: false };
    }
  }

  async deleteLogin(email: string): Promise<void> {
    await this.cognito.send(new AdminDeleteUserCommand({ UserPoolId: this.userPoolId, Username: email }));
  }

  /** Disabling also revokes refresh tokens, so a leaver's sessions end within the access token's hour. */
  async setEnabled(email: string, enabled: boolean): Promise<void> {
    if (enabled) {
      await this.cognito.send(new AdminEnableUserCommand({ UserPoolId: this.userPoolId, Username: email }));
      return;
    }
    await this.cognito.send(new AdminDisableUserCommand({ UserPoolId: this.userPoolId, Username: email }));
    await this.cognito.send(new AdminUserGlobalSignOutCommand({ UserPoolId: this.userPoolId, Username: email }));
  }

  async changeEmail(currentEmail: string, newEmail: string): Promise<void> {
    await this.cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: this.userPoolId,
        Username: currentEmail,
        UserAttributes: [
          { Name: 'email', Value: newEmail },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  }
}

/** The pool the CDK stack names `crm-<company>-users` (infra/constructs/crm-users.ts). */
export async function findUserPoolIdOrThrow(cognito: CognitoIdentityProviderClient, companyId: string): Promise<string> {
  const name = `crm-${companyId}-users`;
  let NextToken: string | undefined;
  do {
    const out = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken }));
    const pool = out.UserPools?.find((p) => p.Name === name);
    if (pool?.Id) return pool.Id;
    NextToken = out.NextToken;
  } while (NextToken);
  throw new Error(`No Cognito user pool named ${name} in this account and region: deploy the stack first (npx cdk deploy -c company=${companyId}) or pass --user-pool-id`);
}
