import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableNameFor } from '../../functions/store/table';
import {
  CompanySettingsError,
  availableCompanies,
  loadCompanySettingsOrThrow,
  parseCompanySettingsOrThrow,
} from '../../infra/company-settings';
import { type SynthesizedStack, synthesizeStack } from './synthesize-stack';

const minimalSettings = {
  companyId: 'globex',
  displayName: 'Globex',
  smsSenderId: 'Globex',
  adminEmail: 'ops@globex.example.com',
};

// Properties that carry a physical name; none may be shared between two companies.
const NAME_PROPERTIES = [
  'TableName', 'FunctionName', 'LogGroupName', 'UserPoolName', 'ClientName', 'Name', 'TopicName',
  'QueueName', 'AlarmName', 'GroupName',
];

function physicalNames(template: Template): string[] {
  const resources = template.toJSON().Resources as Record<string, { Properties?: Record<string, unknown> }>;
  return Object.values(resources).flatMap((resource) =>
    NAME_PROPERTIES.map((key) => resource.Properties?.[key]).filter((name): name is string => typeof name === 'string'),
  );
}

describe('two companies', () => {
  let demo: SynthesizedStack;
  let acme: SynthesizedStack;

  beforeAll(() => {
    demo = synthesizeStack('demo', { bundle: false });
    acme = synthesizeStack('acme', { bundle: false });
  }, 30_000);

  it('get their own table and user pool', () => {
    demo.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', { TableName: tableNameFor('demo') });
    acme.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', { TableName: tableNameFor('acme') });
    demo.template.hasResourceProperties('AWS::Cognito::UserPool', { UserPoolName: 'crm-demo-users' });
    acme.template.hasResourceProperties('AWS::Cognito::UserPool', { UserPoolName: 'crm-acme-users' });
  });

  it('share no resource name, and every name says whose it is', () => {
    const demoNames = physicalNames(demo.template);
    const acmeNames = physicalNames(acme.template);
    expect(demoNames.length).toBeGreaterThan(15);
    expect(demoNames.filter((name) => acmeNames.includes(name))).toEqual([]);
    for (const name of demoNames) expect(name).toContain('demo');
    for (const name of acmeNames) expect(name).toContain('acme');
  });

  it('carry their own settings into the functions', () => {
    acme.template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'crm-acme-reminder-sweep',
      Environment: {
        Variables: {
          CRM_LOCALE: 'en-US',
          CRM_TIMEZONE: 'America/New_York',
          SMS_RATE_PER_SECOND: '10',
          CRM_RULE_DEFAULTS: JSON.stringify({
            protectionDays: 45,
            intentDays: 15,
            followUpDays: 15,
            extensionMaxDays: 30,
            reclaimCooldownDays: 3,
            maxOwnedCustomers: 300,
            maxHotCustomers: 5,
            warningDaysBefore: [7, 3, 1],
          }),
        } as Record<string, unknown>,
      },
    });
    acme.template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'crm-acme-api',
      Environment: { Variables: { ENABLE_INTROSPECTION: 'false' } as Record<string, unknown> },
    });
  });

  it('are tagged with their company', () => {
    acme.template.hasResourceProperties('AWS::SNS::Topic', { Tags: [{ Key: 'app', Value: 'crm' }, { Key: 'company', Value: 'acme' }] });
  });

  it('are deployed as stacks named after the company', () => {
    expect([demo.stackName, acme.stackName]).toEqual(['Crm-demo', 'Crm-acme']);
  });
});

describe('company settings', () => {
  it('fill defaults for everything but identity, SMS sender and admin', () => {
    const settings = parseCompanySettingsOrThrow(minimalSettings, 'test');
    expect(settings).toMatchObject({
      timeZone: 'Asia/Shanghai',
      locale: 'zh-CN',
      smsRatePerSecond: 5,
      enableIntrospection: false,
      ruleDefaults: {
        protectionDays: 30,
        intentDays: 15,
        followUpDays: 15,
        extensionMaxDays: 30,
        reclaimCooldownDays: 3,
        maxOwnedCustomers: 200,
        maxHotCustomers: 10,
        warningDaysBefore: [3, 1],
      },
    });
  });

  it('ship valid examples', () => {
    expect(availableCompanies()).toEqual(expect.arrayContaining(['acme', 'demo']));
    for (const company of availableCompanies()) expect(() => loadCompanySettingsOrThrow(company)).not.toThrow();
  });

  it('reject an unknown company and list the available ones', () => {
    expect(() => loadCompanySettingsOrThrow('nope')).toThrow(/Unknown company "nope".*Available: .*acme, .*demo/s);
  });

  it('reject a missing company', () => {
    expect(() => loadCompanySettingsOrThrow(undefined)).toThrow(/-c company=<id>/);
  });

  it.each([
    [{ companyId: 'Bad_Id' }, /companyId[\s\S]*lowercase letters, digits and hyphens/],
    [{ companyId: 'ab' }, /companyId/],
    [{ locale: 'fr-FR' }, /locale/],
    [{ timeZone: 'Mars/Olympus' }, /timeZone[\s\S]*IANA time zone/],
    [{ adminEmail: 'not-an-email' }, /adminEmail/],
    [{ smsSenderId: 'far-too-long-sender' }, /smsSenderId/],
    [{ ruleDefaults: { protectionDays: 0 } }, /ruleDefaults\.protectionDays/],
    [{ ruleDefaults: { maxOwnedCustomers: 5, maxHotCustomers: 10 } }, /maxHotCustomers must not exceed maxOwnedCustomers/],
    [{ ruleDefaults: { warningDaysBefore: [3, 3] } }, /warningDaysBefore[\s\S]*must not repeat/],
    [{ typoedSetting: true }, /typoedSetting/],
  ])('reject %j with a message naming the problem', (override, message) => {
    const attempt = () => parseCompanySettingsOrThrow({ ...minimalSettings, ...override }, 'companies/globex.json');
    expect(attempt).toThrow(CompanySettingsError);
    expect(attempt).toThrow(/Invalid company settings in companies\/globex\.json/);
    expect(attempt).toThrow(message);
  });

  it('reject a file whose companyId differs from its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-companies-'));
    writeFileSync(join(dir, 'globex.json'), JSON.stringify({ ...minimalSettings, companyId: 'initech' }));
    expect(() => loadCompanySettingsOrThrow('globex', dir)).toThrow(/companyId "initech" does not match the file name "globex"/);
  });

  it('reject a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-companies-'));
    writeFileSync(join(dir, 'globex.json'), '{ companyId: globex');
    expect(() => loadCompanySettingsOrThrow('globex', dir)).toThrow(/Cannot read company settings .*globex\.json/);
  });
});
