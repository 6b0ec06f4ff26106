import { testServers } from './servers';
import { serverPorts } from './servers-listening';

describe('serverPorts', () => {
  it('reads host and port of every long-running server, defaults included', () => {
    const servers = testServers({
      RAPPORT_MONGO_URL: 'mongodb://db.example:27018/',
      RAPPORT_KAFKA_BROKERS: 'k1:9092,k2:9093',
      RAPPORT_TEMPORAL_ADDRESS: 'temporal.example:7233',
      RAPPORT_SENDGRID_URL: 'https://api.sendgrid.com',
    });
    expect(serverPorts(servers)).toEqual([
      { host: 'db.example', port: 27018 },
      { host: 'k1', port: 9092 },
      { host: 'k2', port: 9093 },
      { host: 'temporal.example', port: 7233 },
      { host: 'api.sendgrid.com', port: 443 },
    ]);
  });

  it('gives up on an address it cannot read, so infra/start.sh decides', () => {
    const servers = testServers({});
    expect(serverPorts(servers)).toHaveLength(4);
    expect(serverPorts({ ...servers, temporalAddress: 'temporal.example' })).toBeUndefined();
    expect(serverPorts({ ...servers, mongoUrl: 'not a url' })).toBeUndefined();
  });
});
