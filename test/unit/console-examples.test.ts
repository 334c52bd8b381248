import { buildSchema, coerceInputValue, getOperationAST, isInputType, parse, typeFromAST, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/api/generated/type-defs';
import { CONSOLE_EXAMPLES } from '../../functions/local/console/console-examples';
import { renderConsolePage } from '../../functions/local/console/console-page';

const schema = buildSchema(typeDefs);

describe('the local console', () => {
  it.each(CONSOLE_EXAMPLES.map((e) => [e.title, e] as const))('example "%s" is a valid operation with valid variables', (_, example) => {
    const document = parse(example.query);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    const operation = getOperationAST(document) as OperationDefinitionNode;
    const problems: string[] = [];
    for (const definition of operation.variableDefinitions ?? []) {
      const type = typeFromAST(schema, definition.type as never);
      if (!type || !isInputType(type)) throw new Error(`unknown variable type of $${definition.variable.name.value}`);
      coerceInputValue(example.variables?.[definition.variable.name.value] ?? null, type, (path, _value, error) => problems.push(`${path.join('.')}: ${error.message}`));
    }
    expect(problems).toEqual([]);
  });

  it('has an example for each main flow', () => {
    const names = CONSOLE_EXAMPLES.map((e) => getOperationAST(parse(e.query))?.name?.value);
    expect(names).toEqual(expect.arrayContaining(['CreateCustomer', 'LogFollowUp', 'ClaimCustomer', 'Agenda']));
  });

  it('embeds its configuration so that nothing in it can end the script element', () => {
    const html = renderConsolePage('tok</script><script>alert(1)</script>', 'admin@x');
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('tok\\u003c/script>');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:/);
  });
});
