/**
 * Build-time validation of the entry files in `resources/`. Pure: takes file text, returns
 * entries and issues, never touches the file system. A wrong phone number or link sends a
 * person in danger nowhere, so every field is checked against entry.ts and real-world rules.
 *
 * The checks live in `validate/`, one concern a module; this is the door the tools use.
 */
export {
  type Severity,
  type ValidateOptions,
  type ValidationIssue,
  ResourceValidationError,
  formatIssue,
} from './validate/checker.ts';
export { LIMITS } from './validate/fields.ts';
export { type ResourceFile, type ValidationResult, validateFile, validateResources } from './validate/files.ts';
