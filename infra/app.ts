import { App } from 'aws-cdk-lib';
import { CompanySettingsError, loadCompanySettingsOrThrow } from './company-settings';
import { CrmStack, stackNameFor } from './crm-stack';

const app = new App();
const company: unknown = app.node.tryGetContext('company');

try {
  const settings = loadCompanySettingsOrThrow(typeof company === 'string' ? company : undefined);
  new CrmStack(app, stackNameFor(settings.companyId), { settings });
} catch (error) {
  if (!(error instanceof CompanySettingsError)) throw error;
  console.error(error.message);
  process.exit(1);
}

app.synth();
