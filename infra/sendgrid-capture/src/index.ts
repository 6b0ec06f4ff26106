export {
  apiKeyHash,
  MESSAGES_FILE,
  startCaptureServer,
  type CaptureServer,
  type CaptureServerOptions,
} from './capture-server';
export { type Fault, type FaultRequest } from './faults';
export { RESERVED_HEADERS, validateMailSend } from './mail-send.validation';
export { type CapturedMessage } from './message-store';
export { type SendGridError, type SendGridErrorBody } from './sendgrid-errors';
