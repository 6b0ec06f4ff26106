import { type Rule, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the rule is CommonJS (see its header)
const { fastPathOnly } = require('./fast-path-only.cjs') as {
  fastPathOnly: Rule.RuleModule;
};

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const escape = (text: string) => text.replace(/[$()[\]{}.*+?^|\\]/g, '\\$&');
/** Code the rule reports, once per expected start of its message. */
const flagged = (code: string, ...whats: string[]) => ({
  code,
  errors: whats.map((what) => ({ message: new RegExp(`^${escape(what)}: FerretDB`) })),
});
const notOneId = 'a filter other than one _id';

describe('the fast-path lint rule', () => {
  tester.run('fast-path-only', fastPathOnly, {
    valid: [
      'collection.findOne({ _id: id })',
      'collection.updateOne({ _id: `${tenant}|${member}` }, { $set: { a: 1 } }, { upsert: true })',
      "collection.replaceOne({ _id: 'x' }, doc)",
      'collection.deleteOne({ _id })',
      'collection.find({ _id: id }, { projection: { name: 1 } })',
      'collection.bulkWrite(operations)',
      'rows.find((row) => row.id === id)',
      'rows.sort((a, b) => a - b)',
      "update({ $set: { status: 'sent' }, $inc: { count: 1 } })",
    ],
    invalid: [
      flagged('collection.countDocuments({ _id: id })', 'countDocuments()'),
      flagged("collection.updateMany({ _id: 'x' }, { $set: { a: 1 } })", 'updateMany()'),
      flagged('collection.deleteMany({ _id: id })', 'deleteMany()'),
      flagged("collection.aggregate([{ $match: { _id: 'x' } }])", 'aggregate()'),
      flagged('collection.find({ tenantId })', notOneId),
      flagged('collection.findOne({ _id: id, tenantId })', notOneId),
      flagged('collection.find({})', 'an empty filter'),
      flagged('collection.find()', 'find() of every document'),
      flagged('collection.findOne({ _id: { $eq: id } })', notOneId, 'the $eq operator'),
      flagged('collection.find({ _id: { $in: ids } })', notOneId, 'the $in operator'),
      flagged("collection.find({ _id: 'x' }).sort({ at: -1 })", 'sort() on a cursor'),
      flagged("collection.findOne({ _id: 'x' }, { sort: { at: -1 } })", 'a sort option'),
      flagged("const filter = { 'status': { '$lt': 3 } }", 'the $lt operator'),
      flagged(
        'collection.updateOne({ _id: id, $or: [{ a: 1 }] }, { $set: {} })',
        notOneId,
        'the $or operator',
      ),
    ],
  });
});
