import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { type CompanySettings, loadCompanySettingsOrThrow } from '../../infra/company-settings';
import { CrmStack, stackNameFor } from '../../infra/crm-stack';

export interface SynthesizedStack {
  readonly settings: CompanySettings;
  readonly stackName: string;
  readonly template: Template;
  readonly outdir: string;
}

/**
 * Synthesizes one company's stack the way infra/app.ts does.
 * `bundle: false` skips esbuild (assets become placeholders), for tests that only read the template.
 */
export function synthesizeStack(companyId: string, options: { bundle: boolean }): SynthesizedStack {
  const settings = loadCompanySettingsOrThrow(companyId);
  const app = new App(options.bundle ? {} : { context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new CrmStack(app, stackNameFor(companyId), { settings });
  return { settings, stackName: stack.stackName, template: Template.fromStack(stack), outdir: app.outdir };
}

type Resources = Record<string, { Properties?: Record<string, unknown>; Metadata?: Record<string, unknown> }>;

export function resourcesOfType(template: Template, type: string): Resources {
  return template.findResources(type) as Resources;
}

export function onlyResourceOfType(template: Template, type: string): NonNullable<Resources[string]> {
  const all = Object.values(resourcesOfType(template, type));
  if (all.length !== 1) throw new Error(`Expected exactly one ${type}, found ${all.length}`);
  return all[0]!;
}
