// The lint rule that keeps request paths and consumers on the embedded database's fast path
// (ARCHITECTURE.md, "The embedded database's fast path"); eslint.config.mjs applies it with an
// allowlist. A rule of our own rather than no-restricted-syntax, which the workflow block already
// sets for some of the same files: two blocks setting one rule replace each other's selectors.
// CommonJS so that both the ESM config and the Jest spec load it as it is.
'use strict';

const QUERY_OPERATORS =
  /^\$(in|nin|or|and|nor|not|gt|gte|lt|lte|ne|eq|regex|exists|elemMatch|all|size|text|where|expr)$/;
const SCANNING_CALLS =
  /^(countDocuments|estimatedDocumentCount|updateMany|deleteMany|aggregate|distinct)$/;
const FILTERED_CALLS =
  /^(find|findOne|findOneAndUpdate|findOneAndReplace|findOneAndDelete|updateOne|replaceOne|deleteOne)$/;

const keyName = (property) =>
  property.type !== 'Property'
    ? undefined
    : property.key.type === 'Identifier' && !property.computed
      ? property.key.name
      : property.key.type === 'Literal'
        ? String(property.key.value)
        : undefined;

const methodName = (call) =>
  call.callee.type === 'MemberExpression' && call.callee.property.type === 'Identifier'
    ? call.callee.property.name
    : undefined;

const fastPathOnly = {
  meta: {
    type: 'problem',
    docs: { description: 'Request paths and consumers read and write by single-key _id only' },
    schema: [],
  },
  create(context) {
    const report = (node, what) =>
      context.report({
        node,
        message:
          `${what}: FerretDB (the embedded default) serves only a single-key {_id: "<string>"} ` +
          'filter from an index and scans the whole collection for this. Key it by _id, or ' +
          'allowlist the file in eslint.config.mjs saying why the collection is bounded.',
      });
    return {
      CallExpression(call) {
        const name = methodName(call);
        if (!name) return;
        if (SCANNING_CALLS.test(name)) return report(call.callee.property, `${name}()`);
        if (name === 'sort') {
          const inner = call.callee.object;
          if (inner.type === 'CallExpression' && /^(find|aggregate)$/.test(methodName(inner) ?? ''))
            report(call.callee.property, 'sort() on a cursor');
          return;
        }
        if (!FILTERED_CALLS.test(name)) return;
        const [filter, options] = call.arguments;
        if (!filter) {
          if (name === 'find') report(call.callee.property, 'find() of every document');
          return;
        }
        if (
          options?.type === 'ObjectExpression' &&
          options.properties.some((p) => keyName(p) === 'sort')
        )
          report(options, 'a sort option');
        if (filter.type !== 'ObjectExpression') return;
        const [only, ...more] = filter.properties;
        const single =
          only &&
          more.length === 0 &&
          keyName(only) === '_id' &&
          only.value.type !== 'ObjectExpression';
        if (!single) report(filter, only ? 'a filter other than one _id' : 'an empty filter');
      },
      Property(property) {
        const name = keyName(property);
        if (name && QUERY_OPERATORS.test(name)) report(property.key, `the ${name} operator`);
      },
    };
  },
};

module.exports = { fastPathOnly };
