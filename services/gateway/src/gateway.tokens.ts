/** The gateway's loaded configuration (GatewayConfig), for classes the container builds. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
