export { decodeImportFile } from './decode-import-file';
export {
  IMPORT_LIMITS,
  ImportFileError,
  type ImportFileProblem,
  type ImportedContact,
  type ImportedRow,
} from './imported-row';
export { parseImportFile, type ImportFormat } from './parse-import-file';
export { parseLinkedInConnections } from './parse-linkedin-connections';
export { type ColumnMapping, type MappableField, parseMappedCsv } from './parse-mapped-csv';
export { parseVCards } from './parse-vcards';
