import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccountRecovery, FeaturePlan, Mfa, UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface CrmUsersProps {
  readonly companyId: string;
  readonly displayName: string;
}

/** The company's sign-in: admins create users (no self sign-up), users sign in with their e-mail. */
export class CrmUsers extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** Issuer of the pool's JWTs, as API Gateway expects it. */
  readonly issuerUrl: string;

  constructor(scope: Construct, id: string, props: CrmUsersProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `crm-${props.companyId}-users`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      userInvitation: {
        emailSubject: `${props.displayName} CRM 账号 / account`,
        emailBody: `用户名 / Username: {username}<br>临时密码 / Temporary password: {####}`,
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.client = this.userPool.addClient('AppClient', {
      userPoolClientName: `crm-${props.companyId}-app`,
      generateSecret: false,
      authFlows: { userPassword: true, userSrp: true },
      // Clients sign in with the SDK flows above; no hosted UI, so no OAuth callback URLs.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    this.issuerUrl = `https://${this.userPool.userPoolProviderUrl}`;
  }
}
