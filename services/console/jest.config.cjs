const { rapportJestConfig } = require('../../jest.preset.cjs');

module.exports = rapportJestConfig(__dirname);
