import { OUTREACH_BRIDGE_GROUP } from './bridge/outreach-bridge.consumer';
import { readFileSync } from 'node:fs';
import { RELATIONSHIP_DATABASE } from './activities/publish-due';
import { INSTITUTION_POLICY_GROUP } from './institution-policy/institution-policy.consumer';

export const RELATIONSHIP_TASK_QUEUE = 'relationship';

export interface RelationshipWorkerConfig {
  /** Where /health and /metrics answer. */
  readonly port: number;
  readonly database: string;
  readonly taskQueue: string;
  readonly bridgeGroup: string;
  readonly institutionPolicyGroup: string;
  readonly outreachBaseUrl: string;
  /** Signs the system tokens of the calls to outreach. */
  readonly internalPrivateKeyPem: string;
}

/** The worker's settings from its environment; throws a message saying what to set when one is missing. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): RelationshipWorkerConfig {
  const keyFile = env['RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE'];
  if (!keyFile)
    throw new Error(
      'RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE is not set: the relationship worker signs its calls to outreach with that key (./rapport up exports it)',
    );
  let internalPrivateKeyPem: string;
  try {
    internalPrivateKeyPem = readFileSync(keyFile, 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE (${keyFile}): ${detail}`);
  }
  if (!internalPrivateKeyPem.includes('PRIVATE KEY'))
    throw new Error(`RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE (${keyFile}) holds no PEM private key`);
  const port = Number(env['PORT'] || 4110);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`PORT must be a port number, got "${env['PORT']}"`);
  return {
    port,
    database: env['RAPPORT_RELATIONSHIP_DB'] || RELATIONSHIP_DATABASE,
    taskQueue: env['RAPPORT_RELATIONSHIP_TASK_QUEUE'] || RELATIONSHIP_TASK_QUEUE,
    /** Tests set their own, so they never commit offsets for the real bridge. */
    bridgeGroup: env['RAPPORT_RELATIONSHIP_BRIDGE_GROUP'] || OUTREACH_BRIDGE_GROUP,
    institutionPolicyGroup: env['RAPPORT_RELATIONSHIP_POLICY_GROUP'] || INSTITUTION_POLICY_GROUP,
    outreachBaseUrl: env['RAPPORT_OUTREACH_URL'] || 'http://127.0.0.1:4102',
    internalPrivateKeyPem,
  };
}
