import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { EnvConfig } from '../config/env.config';
import { dataSourceOptions } from './data-source';
import { TransactionRunner } from './transaction';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [EnvConfig],
      useFactory: (config: EnvConfig) => dataSourceOptions(config.DATABASE_URL),
    }),
  ],
  providers: [TransactionRunner],
  exports: [TransactionRunner],
})
export class DatabaseModule {}
