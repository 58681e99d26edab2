import { Global, Module } from '@nestjs/common';

import { EnvConfig, loadConfig } from './env.config';

/** Provides the validated EnvConfig. Loading it throws at boot, naming each bad variable. */
@Global()
@Module({
  providers: [{ provide: EnvConfig, useFactory: () => loadConfig() }],
  exports: [EnvConfig],
})
export class ConfigModule {}
