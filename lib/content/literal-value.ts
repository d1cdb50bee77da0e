import type { Expression, Program } from 'estree';

/**
 * Turns the estree of a JSX attribute value into plain data, accepting literals only (strings, numbers, booleans,
 * null, arrays, objects, template strings without `${}`). This is the "limited MDX" guard of RELIABILITY CNT-1:
 * a lesson can hand data to a component but can never run code. Throws a message naming what was refused.
 */
export function literalValue(program: Program): unknown {
  const statement = program.body[0];
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') {
    throw new Error('must be a single literal value');
  }
  return fromExpression(statement.expression);
}

function fromExpression(node: Expression): unknown {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) throw new Error('regular expressions and bigints are not allowed');
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions.length > 0) throw new Error('template strings may not contain ${…}');
      return node.quasis.map((q) => q.value.cooked ?? '').join('');
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
        return -node.argument.value;
      }
      break;
    case 'ArrayExpression':
      return node.elements.map((element) => {
        if (!element || element.type === 'SpreadElement') throw new Error('arrays may not have holes or spreads');
        return fromExpression(element);
      });
    case 'ObjectExpression': {
      // A null prototype means a key like "__proto__" stays a plain key instead of changing the prototype.
      const result: Record<string, unknown> = Object.create(null);
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.kind !== 'init' || property.computed || property.method) {
          throw new Error('objects may only contain plain "key: value" pairs');
        }
        const key =
          property.key.type === 'Identifier'
            ? property.key.name
            : property.key.type === 'Literal' && typeof property.key.value === 'string'
              ? property.key.value
              : undefined;
        if (key === undefined) throw new Error('object keys must be names or strings');
        result[key] = fromExpression(property.value as Expression);
      }
      return { ...result };
    }
  }
  throw new Error(`only literal data is allowed here, found a ${node.type}`);
}
