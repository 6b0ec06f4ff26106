/** Where the servers are, as every process of Rapport finds them. */
export interface ServerAddresses {
  mongoUrl: string;
  kafkaBrokers: string[];
  temporalAddress: string;
  temporalNamespace: string;
  /** Base URL of the SendGrid v3 API: the local capture server unless RAPPORT_SENDGRID_URL is set. */
  sendgridUrl: string;
}

/**
 * The external servers when RAPPORT_MONGO_URL / RAPPORT_KAFKA_BROKERS / RAPPORT_TEMPORAL_ADDRESS /
 * RAPPORT_SENDGRID_URL are set, else the local ones on their (overridable) ports. Mirrors server_endpoint in
 * infra/lib.sh, which starts them.
 */
export function serverAddresses(env: NodeJS.ProcessEnv = process.env): ServerAddresses {
  return {
    mongoUrl:
      env['RAPPORT_MONGO_URL'] || `mongodb://127.0.0.1:${env['RAPPORT_MONGO_PORT'] || 27017}/`,
    kafkaBrokers: (
      env['RAPPORT_KAFKA_BROKERS'] || `127.0.0.1:${env['RAPPORT_KAFKA_PORT'] || 9092}`
    ).split(','),
    temporalAddress:
      env['RAPPORT_TEMPORAL_ADDRESS'] || `127.0.0.1:${env['RAPPORT_TEMPORAL_PORT'] || 7233}`,
    temporalNamespace: env['RAPPORT_TEMPORAL_NAMESPACE'] || 'default',
    sendgridUrl:
      env['RAPPORT_SENDGRID_URL'] || `http://127.0.0.1:${env['RAPPORT_SENDGRID_PORT'] || 3030}`,
  };
}
