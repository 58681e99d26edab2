import { Global, Module } from '@nestjs/common';

import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { IdentityRepository } from './identity.repository';
import { LoginRateLimiter } from './login-rate-limiter';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, IdentityRepository, LoginRateLimiter],
  exports: [AuthService, IdentityRepository],
})
export class IdentityModule {}
