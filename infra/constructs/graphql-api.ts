import { Duration } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpMethod, type HttpStage, type ThrottleSettings } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export const GRAPHQL_PATH = '/graphql';

export interface GraphqlApiProps {
  readonly companyId: string;
  readonly handler: IFunction;
  readonly jwtIssuer: string;
  readonly jwtAudience: string[];
  readonly allowedOrigins: string[];
  readonly throttle: ThrottleSettings;
}

/** HTTP API (payload v2) in front of the GraphQL Lambda; every request carries a Cognito JWT. */
export class GraphqlApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly graphqlUrl: string;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `crm-${props.companyId}-api`,
      // The default stage is added below because only an explicit stage accepts throttle settings.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.allowedOrigins,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        // Apollo's CSRF prevention asks GET requests for one of the apollo headers.
        allowHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
        maxAge: Duration.days(1),
      },
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
    });

    const authorizer = new HttpJwtAuthorizer('CognitoJwt', props.jwtIssuer, {
      authorizerName: `crm-${props.companyId}-jwt`,
      jwtAudience: props.jwtAudience,
    });
    this.httpApi.addRoutes({
      path: GRAPHQL_PATH,
      methods: [HttpMethod.POST, HttpMethod.GET],
      integration: new HttpLambdaIntegration('GraphqlIntegration', props.handler),
      authorizer,
    });

    this.graphqlUrl = `${this.httpApi.apiEndpoint}${GRAPHQL_PATH}`;
  }
}
