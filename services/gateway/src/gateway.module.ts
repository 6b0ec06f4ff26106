import { type DynamicModule, Module } from '@nestjs/common';
import { dbBacked, serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import type { GatewayConfig } from './gateway.config';
import { GatewayHttpSetup } from './gateway-http.setup';
import { GATEWAY_CONFIG } from './gateway.tokens';
import { LocalIdpSetup } from './local-idp/local-idp.setup';
import { BrowserSessions } from './sign-in/browser-sessions';
import { IdentityProviders } from './sign-in/identity-providers';
import { RelyingParty } from './sign-in/relying-party';
import { SignInAttempts } from './sign-in/sign-in-attempts';
import { SignInController } from './sign-in/sign-in.http.controller';
import { SignInService } from './sign-in/sign-in.service';

/** The public door: sign-in, and (as it grows) the /v1 API it forwards to the services. */
@Module({})
export class GatewayModule {
  static forRoot(deps: ServiceDeps, config: GatewayConfig): DynamicModule {
    return serviceModule(GatewayModule, deps, {
      controllers: [SignInController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        ...dbBacked(IdentityProviders, BrowserSessions, SignInAttempts),
        { provide: RelyingParty, useValue: new RelyingParty() },
        GatewayHttpSetup,
        SignInService,
        LocalIdpSetup,
      ],
    });
  }
}
